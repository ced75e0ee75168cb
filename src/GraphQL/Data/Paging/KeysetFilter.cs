using System.Linq.Expressions;
using System.Reflection;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// The <c>WHERE</c> of a keyset page: the items strictly beyond a cursor in the order,
/// <c>k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR …</c> with <c>&lt;</c> for descending keys, and nulls as the smallest values
/// (matching <see cref="KeysetOrder{T}.Apply"/>). Only comparisons, equality and null tests, which EF Core translates; the
/// values become SQL parameters.
/// </summary>
internal static class KeysetFilter
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), new[] { typeof(string), typeof(string) })!;

    /// <summary>Items after <paramref name="values"/> in the order, or before them when <paramref name="reverse"/> (for <c>before</c>).</summary>
    public static Expression<Func<T, bool>> Beyond<T>(KeysetOrder<T> order, IReadOnlyList<object?> values, bool reverse)
    {
        Expression? result = null;
        Expression? equalSoFar = null;
        for (int i = 0; i < order.Keys.Count; i++)
        {
            var key = order.Keys[i];
            var step = key.Descending ^ reverse ? Smaller(key, values[i]) : Larger(key, values[i]);
            if (step is not ConstantExpression { Value: false })
            {
                var term = equalSoFar is null ? step : Expression.AndAlso(equalSoFar, step);
                result = result is null ? term : Expression.OrElse(result, term);
            }
            var equal = Equal(key, values[i]);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }
        return Expression.Lambda<Func<T, bool>>(result ?? Expression.Constant(false), order.Parameter);
    }

    private static Expression Larger(KeysetKey key, object? value)
    {
        if (value is null) return key.CanBeNull ? Expression.NotEqual(key.Body, Null(key)) : Expression.Constant(true);
        return Compare(key, value, ExpressionType.GreaterThan);
    }

    private static Expression Smaller(KeysetKey key, object? value)
    {
        if (value is null) return Expression.Constant(false);   // nothing sorts below null
        var smaller = Compare(key, value, ExpressionType.LessThan);
        return key.CanBeNull ? Expression.OrElse(Expression.Equal(key.Body, Null(key)), smaller) : smaller;
    }

    private static Expression Equal(KeysetKey key, object? value)
    {
        if (value is not null) return Expression.Equal(key.Body, Parameter(key, value));
        return key.CanBeNull ? Expression.Equal(key.Body, Null(key)) : Expression.Constant(false);
    }

    private static Expression Compare(KeysetKey key, object value, ExpressionType comparison)
    {
        var type = Nullable.GetUnderlyingType(key.Body.Type) ?? key.Body.Type;
        if (type == typeof(string))
        {
            // string has no < operator; EF Core translates string.Compare(a, b) > 0 to a > b.
            var compare = Expression.Call(StringCompare, key.Body, Parameter(key, value));
            return Expression.MakeBinary(comparison, compare, Expression.Constant(0));
        }
        if (type == typeof(bool))
        {
            // false < true everywhere, but bool has no < operator: larger than false is true, smaller than true is false.
            bool flag = (bool)value;
            if (comparison == ExpressionType.GreaterThan) return flag ? Expression.Constant(false) : Expression.Equal(key.Body, Parameter(key, true));
            return flag ? Expression.Equal(key.Body, Parameter(key, false)) : Expression.Constant(false);
        }
        return Expression.MakeBinary(comparison, key.Body, Parameter(key, value));
    }

    private static Expression Parameter(KeysetKey key, object value) => ValueParameter.Of(value, key.Body.Type);

    private static ConstantExpression Null(KeysetKey key) => Expression.Constant(null, key.Body.Type);
}
