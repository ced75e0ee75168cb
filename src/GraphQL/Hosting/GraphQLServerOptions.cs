using Microsoft.AspNetCore.Http;

namespace ReportGraph.GraphQL.Hosting;

/// <summary>
/// Limits and behaviour of the GraphQL server, set with <see cref="GraphQLServerBuilder.ModifyOptions"/>.
/// They protect the server from hostile documents: each limit rejects a request before it runs.
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>
    /// The deepest field nesting an operation may have (fragments are followed). The <c>__schema</c> and <c>__type</c>
    /// subtrees do not count: introspection has its own limit (MaxIntrospectionDepthRule). Null: no limit.
    /// </summary>
    public int? MaxDepth { get; set; }

    /// <summary>
    /// The highest cost an operation may have: each field costs 1, and the cost of a list field's selections is
    /// multiplied by its <c>first</c>/<c>last</c>/<c>take</c>/<c>limit</c> argument or <see cref="DefaultListSize"/>. Null: no limit.
    /// </summary>
    public int? MaxCost { get; set; }

    /// <summary>The list size assumed by the cost limit when a list field has no size argument (default 10).</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>The longest document accepted, in characters (default 64 KiB).</summary>
    public int MaxDocumentLength { get; set; } = 64 * 1024;

    /// <summary>The most lexical tokens a document may have (default 15 000).</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>Execution stops with an EXECUTION_TIMEOUT error after this long (default 30 s). Null: no timeout.</summary>
    public TimeSpan? ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether unexpected exceptions show their message and stack trace. Null (default): only when the host
    /// environment is Development; otherwise they are masked as "Unexpected Execution Error".
    /// </summary>
    public bool? IncludeExceptionDetails { get; set; }

    /// <summary>Runs query fields one after another (e.g. when resolvers share a scoped DbContext).</summary>
    public bool ExecuteQueriesSerially { get; set; }

    /// <summary>How many parsed and validated documents are cached.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>The most characters of document text the document cache holds (default 1 Mi; see <see cref="Execution.RequestExecutorOptions.DocumentCacheMaxChars"/>).</summary>
    public long DocumentCacheMaxChars { get; set; } = 1024 * 1024;

    /// <summary>Decides per request whether <c>__schema</c> and <c>__type</c> may be queried. Null: always allowed.</summary>
    public Func<HttpContext, bool>? IntrospectionAllowed { get; set; }

    /// <summary>Allows introspection only for requests the predicate accepts (e.g. signed-in users or Development).</summary>
    public GraphQLServerOptions AllowIntrospection(Func<HttpContext, bool> predicate)
    {
        IntrospectionAllowed = predicate;
        return this;
    }
}
