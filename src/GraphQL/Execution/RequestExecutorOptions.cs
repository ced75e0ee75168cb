using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Execution;

/// <summary>Settings of a <see cref="RequestExecutor"/>.</summary>
public sealed class RequestExecutorOptions
{
    /// <summary>Parser limits for request documents.</summary>
    public ParserOptions ParserOptions { get; set; } = new() { NoLocation = false };

    /// <summary>How many parsed and validated documents to keep (least recently used are dropped).</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>
    /// The most characters of document text the cache holds (default 1 Mi); least recently used documents are dropped
    /// beyond it, and a document longer than a sixteenth of it is not cached.
    /// </summary>
    public long DocumentCacheMaxChars { get; set; } = 1024 * 1024;

    /// <summary>Spec validation of documents; its result is cached with the parsed document. Null skips validation.</summary>
    public IDocumentValidator? Validator { get; set; } = new SpecDocumentValidator();

    /// <summary>Checks run for every request after the operation and variables are known (depth, cost, introspection allowed …).</summary>
    public IList<IRequestRule> RequestRules { get; } = new List<IRequestRule>();

    /// <summary>When true, unexpected exceptions show their message and stack trace in <c>extensions</c> (Development); otherwise "Unexpected Execution Error".</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>Called for every unexpected resolver exception (e.g. to log it).</summary>
    public Action<Exception, GraphQLError>? OnUnexpectedError { get; set; }

    /// <summary>Execution stops with a timeout error after this long. Null means no timeout. Does not apply to subscription streams.</summary>
    public TimeSpan? ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Runs query fields one after another instead of concurrently (e.g. when resolvers share a non-thread-safe DbContext).</summary>
    public bool ExecuteQueriesSerially { get; set; }

    /// <summary>The most errors variable coercion reports before stopping (graphql-js uses 50).</summary>
    public int MaxVariableErrors { get; set; } = 50;
}

/// <summary>Validates a document against a schema (spec §5). The result is cached per document, so it must not depend on the request.</summary>
public interface IDocumentValidator
{
    /// <summary>Returns the validation errors (empty when valid).</summary>
    IReadOnlyList<GraphQLError> Validate(Types.Schema schema, DocumentNode document);

    /// <summary>
    /// Validates under the request's cancellation (time budget, client disconnect), throwing
    /// <see cref="OperationCanceledException"/> when it fires. Validators that cannot stop early ignore it.
    /// </summary>
    IReadOnlyList<GraphQLError> Validate(Types.Schema schema, DocumentNode document, CancellationToken cancellationToken)
        => Validate(schema, document);
}

/// <summary>A per-request check (not cached): runs after the operation is chosen and variables are coerced.</summary>
public interface IRequestRule
{
    /// <summary>Returns errors that stop the request (empty to continue).</summary>
    IEnumerable<GraphQLError> Check(RequestContext context);
}

/// <summary>What per-request rules know about a request.</summary>
public sealed class RequestContext
{
    internal RequestContext(Types.Schema schema, GraphQLRequest request, DocumentNode document, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables, IServiceProvider services, IDictionary<string, object?> contextData)
    {
        Schema = schema;
        Request = request;
        Document = document;
        Operation = operation;
        Variables = variables;
        Services = services;
        ContextData = contextData;
    }

    /// <summary>The schema.</summary>
    public Types.Schema Schema { get; }

    /// <summary>The request.</summary>
    public GraphQLRequest Request { get; }

    /// <summary>The parsed document.</summary>
    public DocumentNode Document { get; }

    /// <summary>The operation to execute.</summary>
    public OperationDefinitionNode Operation { get; }

    /// <summary>The coerced variables.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The request's services.</summary>
    public IServiceProvider Services { get; }

    /// <summary>Per-request data (also seen by resolvers).</summary>
    public IDictionary<string, object?> ContextData { get; }

    /// <summary>
    /// The request's cancellation: the client's disconnect and the executor's <see cref="RequestExecutorOptions.ExecutionTimeout"/>.
    /// Rules that walk the document pass it on, so a huge document stops being analysed when the request is abandoned.
    /// </summary>
    public CancellationToken CancellationToken { get; internal init; }

    /// <summary>The document's fragments by name.</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _fragments ??= Document.Definitions.OfType<FragmentDefinitionNode>()
        .GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());

    private IReadOnlyDictionary<string, FragmentDefinitionNode>? _fragments;
}
