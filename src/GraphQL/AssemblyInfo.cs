// The engine's public surface lives in the Language, Types, Validation, Execution, Introspection and Http namespaces.
