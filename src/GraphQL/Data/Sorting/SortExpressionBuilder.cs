using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using ReportGraph.GraphQL.Errors;

namespace ReportGraph.GraphQL.Data;

/// <summary>Translates a coerced <c>order</c> list into <c>OrderBy/OrderByDescending</c> then <c>ThenBy/ThenByDescending</c> calls.</summary>
internal static class SortExpressionBuilder
{
    private static readonly MethodInfo OrderBy = Method(nameof(Queryable.OrderBy));
    private static readonly MethodInfo OrderByDescending = Method(nameof(Queryable.OrderByDescending));
    private static readonly MethodInfo ThenBy = Method(nameof(Queryable.ThenBy));
    private static readonly MethodInfo ThenByDescending = Method(nameof(Queryable.ThenByDescending));

    private static MethodInfo Method(string name) => typeof(Queryable).GetMethods()
        .Single(m => m.Name == name && m.GetParameters().Length == 2);

    public static IQueryable<T> Apply<T>(IQueryable<T> query, SortTypeModel model, object order)
    {
        if (order is not IEnumerable elements) throw Invalid("\"order\" must be a list of sort inputs.");
        var guardNulls = QueryableSource.IsInMemory(query);
        var parameter = Expression.Parameter(typeof(T), "x");
        var keys = new List<(Expression Key, SortDirection Direction)>();
        int index = 0;
        foreach (var element in elements)
        {
            var path = $"order[{index}]";
            if (element is not IReadOnlyDictionary<string, object?> map) throw Invalid($"\"{path}\" must be an input object.");
            if (map.Count(kv => kv.Value is not null) > 1)
                throw Invalid($"\"{path}\" sets {map.Count} fields; give one field per list element so the order of the keys is clear, e.g. [{{ a: ASC }}, {{ b: DESC }}].");
            Collect(model, parameter, map, path, guardNulls, keys);
            index++;
        }

        Expression expression = query.Expression;
        for (int i = 0; i < keys.Count; i++)
        {
            var (key, direction) = keys[i];
            var method = (i == 0, direction) switch
            {
                (true, SortDirection.Ascending) => OrderBy,
                (true, _) => OrderByDescending,
                (false, SortDirection.Ascending) => ThenBy,
                _ => ThenByDescending,
            };
            expression = Expression.Call(method.MakeGenericMethod(typeof(T), key.Type), expression, Expression.Quote(Expression.Lambda(key, parameter)));
        }
        return keys.Count == 0 ? query : query.Provider.CreateQuery<T>(expression);
    }

    private static void Collect(SortTypeModel model, Expression instance, IReadOnlyDictionary<string, object?> map, string path,
        bool guardNulls, List<(Expression, SortDirection)> keys)
    {
        foreach (var (name, value) in map)
        {
            if (value is null) continue;
            var fieldPath = path + "." + name;
            if (!model.Properties.TryGetValue(name, out var property)) throw Invalid($"\"{fieldPath}\" is not a field of {model.TypeName}SortInput.");
            var member = Expression.Property(instance, property.Property);
            if (model.Nested.TryGetValue(name, out var nested))
            {
                if (value is not IReadOnlyDictionary<string, object?> inner) throw Invalid($"\"{fieldPath}\" must be an input object.");
                var nestedKeys = new List<(Expression, SortDirection)>();
                Collect(nested, member, inner, fieldPath, guardNulls, nestedKeys);
                foreach (var (key, direction) in nestedKeys) keys.Add((guardNulls ? NullSafe(member, key) : key, direction));
            }
            else if (value is SortDirection direction)
            {
                keys.Add((member, direction));
            }
            else
            {
                throw Invalid($"\"{fieldPath}\" must be ASC or DESC.");
            }
        }
    }

    // In memory, `x.Owner.Email` throws when Owner is null: sort such rows as if the key were null/default.
    private static ConditionalExpression NullSafe(Expression owner, Expression key)
    {
        var keyType = key.Type.IsValueType && Nullable.GetUnderlyingType(key.Type) is null ? typeof(Nullable<>).MakeGenericType(key.Type) : key.Type;
        return Expression.Condition(Expression.Equal(owner, Expression.Constant(null, owner.Type)),
            Expression.Constant(null, keyType), key.Type == keyType ? key : Expression.Convert(key, keyType));
    }

    private static GraphQLException Invalid(string message) => new(message, DataErrorCodes.InvalidSort);
}
