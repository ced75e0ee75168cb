using System.Text.Json;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Execution;

/// <summary>A GraphQL request: the document (text or parsed), the operation to run, variables and extensions.</summary>
public sealed class GraphQLRequest
{
    /// <summary>The document text; ignored when <see cref="Document"/> is set.</summary>
    public string? Query { get; init; }

    /// <summary>A parsed document (skips parsing and the document cache).</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>Which operation of the document to run; required when there are several.</summary>
    public string? OperationName { get; init; }

    /// <summary>Variable values: plain values (string, long, double, bool, null, lists, dictionaries) or <see cref="JsonElement"/>s.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Request extensions (e.g. persisted query hashes); passed through to <see cref="RequestContext"/>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Initial per-request data for resolvers (<see cref="IResolverContext.ContextData"/>), e.g. the signed-in user.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>The operation kinds this request may run (e.g. only queries over HTTP GET); null allows all.</summary>
    public IReadOnlyCollection<OperationType>? AllowedOperations { get; init; }

    /// <summary>
    /// True when the caller can receive an incremental result (multipart/mixed, text/event-stream): @defer and @stream
    /// then deliver in several payloads (<see cref="ExecutionResult.Subsequent"/>). When false they are ignored and
    /// the whole result comes at once, as HotChocolate does when the transport cannot stream.
    /// </summary>
    public bool AllowIncrementalDelivery { get; init; }

    /// <summary>
    /// Set by the HTTP endpoint when the result goes straight to <see cref="ExecutionResultWriter"/>: a query's data may
    /// then hold values already written as JSON (<see cref="JsonFragment"/>), which only that writer reads.
    /// </summary>
    internal bool WritesDataAsJson { get; init; }

    /// <summary>The root value for the operation (default: none).</summary>
    public object? RootValue { get; init; }

    /// <summary>Creates variables from a JSON object (or null/undefined).</summary>
    public static IReadOnlyDictionary<string, object?>? VariablesFromJson(JsonElement variables)
        => variables.ValueKind switch
        {
            JsonValueKind.Object => (IReadOnlyDictionary<string, object?>)JsonValues.ToPlain(variables)!,
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => throw new ArgumentException("Variables must be a JSON object.", nameof(variables)),
        };
}
