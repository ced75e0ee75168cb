namespace ReportGraph.GraphQL.Errors;

/// <summary>
/// A 1-based line and column in a source, as reported in GraphQL error <c>locations</c> (spec §7.1.2). It lives with the
/// errors rather than in Language so that errors depend on nothing: the parser and AST produce it, errors only carry it.
/// </summary>
public readonly record struct SourceLocation(int Line, int Column);
