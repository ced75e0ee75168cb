namespace ReportGraph.GraphQL.Data;

/// <summary>One page of a paged field: the runtime value behind every <c>XConnection</c> type.</summary>
public sealed class Connection
{
    private readonly Func<CancellationToken, ValueTask<int>> _countTotal;

    /// <summary>Creates a page; <paramref name="countTotal"/> runs only when <c>totalCount</c> is selected.</summary>
    public Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, Func<CancellationToken, ValueTask<int>> countTotal)
    {
        Edges = edges;
        PageInfo = pageInfo;
        _countTotal = countTotal;
    }

    /// <summary>The edges of the page, in order.</summary>
    public IReadOnlyList<Edge> Edges { get; }

    /// <summary>The nodes of the page (the edges without cursors).</summary>
    public IEnumerable<object?> Nodes => Edges.Select(e => e.Node);

    /// <summary>Where the page is in the whole list.</summary>
    public PageInfo PageInfo { get; }

    /// <summary>Counts all items of the (filtered) list, ignoring paging; runs a query each call.</summary>
    public ValueTask<int> GetTotalCountAsync(CancellationToken cancellationToken) => _countTotal(cancellationToken);
}

/// <summary>An item of a page with its cursor.</summary>
/// <param name="Cursor">An opaque cursor to pass as <c>after</c>/<c>before</c>.</param>
/// <param name="Node">The item.</param>
public sealed record Edge(string Cursor, object? Node);

/// <summary>The Relay <c>PageInfo</c>.</summary>
/// <param name="HasNextPage">True when there are items after this page.</param>
/// <param name="HasPreviousPage">True when there are items before this page.</param>
/// <param name="StartCursor">The first edge's cursor, or null when the page is empty.</param>
/// <param name="EndCursor">The last edge's cursor, or null when the page is empty.</param>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
