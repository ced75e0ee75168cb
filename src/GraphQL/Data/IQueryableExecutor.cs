using System.Linq.Expressions;
using System.Reflection;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// Runs queries built by paging: materialises a page and counts rows. Register your own in the request's services to
/// change how (e.g. with EF Core's <c>ToListAsync</c>/<c>CountAsync</c>); the default needs no registration.
/// </summary>
public interface IQueryableExecutor
{
    /// <summary>Materialises the query.</summary>
    ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    /// <summary>Counts the query's rows.</summary>
    ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);
}

/// <summary>
/// The default <see cref="IQueryableExecutor"/>, without a reference to any ORM: enumerates asynchronously when the
/// queryable is an <see cref="IAsyncEnumerable{T}"/> (EF Core's are), and counts asynchronously when the query provider
/// has an <c>ExecuteAsync&lt;TResult&gt;(Expression, CancellationToken)</c> method (EF Core's <c>IAsyncQueryProvider</c>);
/// otherwise it runs synchronously (in-memory sequences).
/// </summary>
public sealed class DefaultQueryableExecutor : IQueryableExecutor
{
    /// <summary>The shared instance.</summary>
    public static DefaultQueryableExecutor Instance { get; } = new();

    private static readonly MethodInfo CountMethod = new Func<IQueryable<object>, int>(Queryable.Count).Method.GetGenericMethodDefinition();

    /// <inheritdoc/>
    public async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        if (query is not IAsyncEnumerable<T> asyncItems) return query.ToList();
        var list = new List<T>();
        await foreach (var item in asyncItems.WithCancellation(cancellationToken).ConfigureAwait(false)) list.Add(item);
        return list;
    }

    /// <inheritdoc/>
    public ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        var executeAsync = FindExecuteAsync(query.Provider.GetType());
        if (executeAsync is null) return new ValueTask<int>(query.Count());
        var count = Expression.Call(null, CountMethod.MakeGenericMethod(typeof(T)), query.Expression);
        var task = (Task<int>)executeAsync.Invoke(query.Provider, new object[] { count, cancellationToken })!;
        return new ValueTask<int>(task);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, MethodInfo?> AsyncExecuteMethods = new();

    private static MethodInfo? FindExecuteAsync(Type providerType) => AsyncExecuteMethods.GetOrAdd(providerType, static type =>
    {
        foreach (var candidate in type.GetInterfaces().Prepend(type))
        {
            var method = candidate.GetMethods().FirstOrDefault(m => m.Name == "ExecuteAsync" && m.IsGenericMethodDefinition
                && m.GetParameters() is [{ ParameterType: var p0 }, { ParameterType: var p1 }] && p0 == typeof(Expression) && p1 == typeof(CancellationToken));
            if (method is not null) return method.MakeGenericMethod(typeof(Task<int>));
        }
        return null;
    });
}
