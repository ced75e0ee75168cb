using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// Offset paging over an <see cref="IQueryable{T}"/>: one query for the page (one extra row tells whether there is a
/// next page), a COUNT only for <c>last</c> without <c>before</c> (to know where the end is) or when <c>totalCount</c>
/// is selected.
/// </summary>
internal sealed class OffsetPager<T> : IPager
{
    public object ReadCursor(string cursor, string argumentName) => OffsetCursor.Decode(cursor, argumentName);

    public async ValueTask<Connection?> PageAsync(object? result, PagingArguments arguments, IResolverContext context)
    {
        var query = QueryableSource.From<T>(result, context.Field.Name);
        if (query is null) return null;
        var executor = context.Services.GetService(typeof(IQueryableExecutor)) as IQueryableExecutor ?? DefaultQueryableExecutor.Instance;
        var cancellation = context.RequestAborted;

        int lowerBound = arguments.After is int after ? after + 1 : 0;
        int start, take;
        bool hasNext, hasPrevious;
        List<T> items;

        if (arguments.Last is { } last)
        {
            // Backward: the page ends just before `before`, or at the end of the list.
            int end = arguments.Before is int endOffset ? endOffset : await executor.CountAsync(query, cancellation).ConfigureAwait(false);
            start = Math.Max(lowerBound, end - last);
            take = Math.Max(0, end - start);
            items = take == 0 ? new List<T>() : await executor.ToListAsync(Slice(query, start, take), cancellation).ConfigureAwait(false);
            hasPrevious = start > 0;
            hasNext = arguments.Before is not null;
        }
        else
        {
            int first = arguments.First ?? 0;
            start = lowerBound;
            take = arguments.Before is int before ? Math.Max(0, Math.Min(first, before - start)) : first;
            // Fetch one more than asked to learn whether a next page exists, without a COUNT.
            items = await executor.ToListAsync(Slice(query, start, take + 1), cancellation).ConfigureAwait(false);
            hasNext = items.Count > take || arguments.Before is not null && take < first;
            if (items.Count > take) items.RemoveAt(items.Count - 1);
            hasPrevious = start > 0;
        }

        var edges = new Edge[items.Count];
        for (int i = 0; i < items.Count; i++) edges[i] = new Edge(OffsetCursor.Encode(start + i), items[i]);
        var pageInfo = new PageInfo(hasNext, hasPrevious, edges.Length > 0 ? edges[0].Cursor : null, edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection(edges, pageInfo, token => executor.CountAsync(query, token));
    }

    private static IQueryable<T> Slice(IQueryable<T> query, int skip, int take)
        => skip > 0 ? query.Skip(skip).Take(take) : query.Take(take);
}
