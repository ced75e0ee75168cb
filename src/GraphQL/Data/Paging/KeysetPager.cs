using System.Linq.Expressions;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// Keyset paging over an <see cref="IQueryable{T}"/>: <c>after</c>/<c>before</c> become a <c>WHERE</c> on the order's keys
/// (<see cref="KeysetFilter"/>), so rows inserted or deleted elsewhere in the list never shift a page. One query per
/// page (one extra row tells whether there are more); <c>last</c> reads the order backwards, so it needs no COUNT; a
/// COUNT runs only when <c>totalCount</c> is selected.
/// </summary>
/// <remarks>
/// An order by an enum cannot be compared the same way in SQL and in C# (see <see cref="KeysetOrder{T}.NeedsOffsets"/>):
/// such a request is paged with offset cursors, in the same total order, so sorting by an enum keeps working.
/// </remarks>
internal sealed class KeysetPager<T>(LambdaExpression uniqueKey, string field) : IPager
{
    private readonly OffsetPager<T> _offsets = new();

    public object ReadCursor(string cursor, string argumentName)
    {
        try
        {
            return KeysetCursor.Parse(cursor, argumentName);
        }
        catch (GraphQLException) when (OffsetCursor.TryDecode(cursor, out var offset))
        {
            return offset;
        }
    }

    public async ValueTask<Connection?> PageAsync(object? result, PagingArguments arguments, IResolverContext context)
    {
        var query = QueryableSource.From<T>(result, context.Field.Name);
        if (query is null) return null;
        var executor = context.Services.GetService(typeof(IQueryableExecutor)) as IQueryableExecutor ?? DefaultQueryableExecutor.Instance;

        var order = KeysetOrder<T>.Read(query, uniqueKey, field);
        if (order.NeedsOffsets)
        {
            if (arguments.After is KeysetCursor || arguments.Before is KeysetCursor)
                throw KeysetCursor.OfAnotherOrder(arguments.After is KeysetCursor ? "after" : "before");
            return await _offsets.PageAsync(order.Apply(query, reverse: false), arguments, context).ConfigureAwait(false);
        }
        if (arguments.After is int || arguments.Before is int)
            throw KeysetCursor.OfAnotherOrder(arguments.After is int ? "after" : "before");
        var page = query;
        if (arguments.After is KeysetCursor after) page = page.Where(KeysetFilter.Beyond(order, after.ValuesFor(order.Fingerprint, order.Types), reverse: false));
        if (arguments.Before is KeysetCursor before) page = page.Where(KeysetFilter.Beyond(order, before.ValuesFor(order.Fingerprint, order.Types), reverse: true));

        // Backward pages read the order reversed from `before` (or from the end) and are turned round afterwards.
        bool backward = arguments.Last is not null;
        int size = arguments.Last ?? arguments.First ?? 0;
        var rows = await executor.ToListAsync(order.WithKeys(order.Apply(page, reverse: backward).Take(size + 1)), context.RequestAborted).ConfigureAwait(false);
        bool more = rows.Count > size;
        if (more) rows.RemoveAt(rows.Count - 1);
        if (backward) rows.Reverse();

        var edges = new Edge[rows.Count];
        for (int i = 0; i < rows.Count; i++) edges[i] = new Edge(KeysetCursor.Encode(order.Fingerprint, rows[i].Keys, order.Types), rows[i].Node);
        var pageInfo = new PageInfo(
            HasNextPage: backward ? arguments.Before is not null : more || arguments.Before is not null,
            HasPreviousPage: backward ? more : arguments.After is not null,
            StartCursor: edges.Length > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection(edges, pageInfo, token => executor.CountAsync(query, token));
    }
}
