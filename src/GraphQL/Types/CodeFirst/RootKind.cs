namespace ReportGraph.GraphQL.Types;

/// <summary>Which root operation type a CLR type's fields are built for: mutations must return a value, subscription fields become event streams.</summary>
internal enum RootKind { None, Query, Mutation, Subscription }
