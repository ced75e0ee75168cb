namespace ReportGraph.GraphQL.Data;

/// <summary>Settings of a DataLoader.</summary>
public sealed class DataLoaderOptions
{
    /// <summary>Most keys in one fetch; more keys are fetched in several calls (default 500, below SQL parameter limits).</summary>
    public int MaxBatchSize { get; init; } = 500;

    /// <summary>Keep loaded values for the rest of the request (default true).</summary>
    public bool Caching { get; init; } = true;
}
