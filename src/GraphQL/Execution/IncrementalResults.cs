using ReportGraph.GraphQL.Errors;

namespace ReportGraph.GraphQL.Execution;

/// <summary>A deferred fragment or stream announced in <c>pending</c>: its id, the path it applies to, its label.</summary>
public sealed record PendingResult(string Id, IReadOnlyList<object> Path, string? Label);

/// <summary>
/// Delivered data in <c>incremental</c>: a deferred fragment's fields (<see cref="Data"/>, at <see cref="SubPath"/>
/// below the fragment's path when set) or a stream's next <see cref="Items"/>.
/// </summary>
public sealed record IncrementalResult(string Id, ResultMap? Data, IReadOnlyList<object?>? Items, IReadOnlyList<object>? SubPath, IReadOnlyList<GraphQLError>? Errors);

/// <summary>A deferred fragment or stream that is finished (<c>completed</c>); errors when it failed as a whole.</summary>
public sealed record CompletedResult(string Id, IReadOnlyList<GraphQLError>? Errors);

/// <summary>A subsequent payload of an incremental result (graphql-js 17 SubsequentIncrementalExecutionResult).</summary>
public sealed class SubsequentResult
{
    /// <summary>Newly announced deferred fragments and streams.</summary>
    public IReadOnlyList<PendingResult>? Pending { get; init; }

    /// <summary>Delivered data.</summary>
    public IReadOnlyList<IncrementalResult>? Incremental { get; init; }

    /// <summary>Finished deferred fragments and streams.</summary>
    public IReadOnlyList<CompletedResult>? Completed { get; init; }

    /// <summary>False on the last payload.</summary>
    public bool HasNext { get; init; }

    /// <summary>Serialises as one JSON payload.</summary>
    public string ToJson() => ExecutionResultWriter.ToJson(this);
}
