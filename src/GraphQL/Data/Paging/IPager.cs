using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Data;

/// <summary>Pages a resolver's result without knowing its element type at compile time: offset or keyset cursors.</summary>
internal interface IPager
{
    /// <summary>
    /// Decodes what can be checked of a cursor before the resolver runs (its format and version); throws a GraphQL
    /// error with <see cref="DataErrorCodes.InvalidCursor"/> naming <paramref name="argumentName"/> when it is not ours.
    /// </summary>
    object ReadCursor(string cursor, string argumentName);

    /// <summary>Takes the page the arguments ask for from the resolver's (filtered, sorted) result.</summary>
    ValueTask<Connection?> PageAsync(object? result, PagingArguments arguments, IResolverContext context);
}
