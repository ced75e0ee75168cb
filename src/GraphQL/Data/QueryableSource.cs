using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Data;

/// <summary>Turns what a resolver returned into an <see cref="IQueryable{T}"/> the data middleware can compose on.</summary>
internal static class QueryableSource
{
    /// <summary>The element type of <c>IQueryable&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>, arrays and lists; null for anything else (and for string).</summary>
    public static Type? ElementType(Type resultType)
    {
        if (resultType == typeof(string)) return null;
        if (resultType.IsGenericType && resultType.GetGenericTypeDefinition() is var d && (d == typeof(IQueryable<>) || d == typeof(IEnumerable<>)))
            return resultType.GetGenericArguments()[0];
        return ValueConverter.GetListItemType(resultType)
            ?? resultType.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    /// <summary>The result as a queryable: queryables pass through (EF Core keeps building SQL), other sequences run in memory.</summary>
    public static IQueryable<T>? From<T>(object? result, string fieldName) => result switch
    {
        null => null,
        IQueryable<T> queryable => queryable,
        IEnumerable<T> items => items.AsQueryable(),
        _ => throw new GraphQLException($"The field \"{fieldName}\" must return IQueryable<{typeof(T).Name}> or IEnumerable<{typeof(T).Name}> for paging, filtering or sorting, but returned {result.GetType().Name}."),
    };

    /// <summary>True when the query runs in memory (LINQ to objects), where member access on null throws and needs guarding.</summary>
    public static bool IsInMemory(IQueryable query) => query.Provider is EnumerableQuery;
}
