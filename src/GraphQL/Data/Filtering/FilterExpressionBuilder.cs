using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// Translates a coerced <c>where</c> value into an <see cref="Expression{TDelegate}"/> of <c>Func&lt;T, bool&gt;</c> made only
/// of member access, comparisons, <c>string.Contains/StartsWith/EndsWith</c> and <c>Enumerable.Contains</c>, which EF Core
/// translates to SQL. Values become parameters (<see cref="ValueParameter"/>).
/// </summary>
internal sealed class FilterExpressionBuilder
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), new[] { typeof(string) })!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), new[] { typeof(string) })!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), new[] { typeof(string) })!;
    private static readonly MethodInfo EnumerableContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    private readonly bool _guardNulls;

    /// <param name="guardNulls">Adds <c>x.Owner != null &amp;&amp;</c> before nested access; needed in memory, noise in SQL.</param>
    private FilterExpressionBuilder(bool guardNulls) => _guardNulls = guardNulls;

    /// <summary>The predicate, or null when the filter has no conditions.</summary>
    public static Expression<Func<T, bool>>? Build<T>(FilterTypeModel model, IReadOnlyDictionary<string, object?> where, bool guardNulls)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = new FilterExpressionBuilder(guardNulls).Object(model, parameter, where, "where");
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private Expression? Object(FilterTypeModel model, Expression instance, IReadOnlyDictionary<string, object?> where, string path)
    {
        Expression? result = null;
        foreach (var (name, value) in where)
        {
            var fieldPath = path + "." + name;
            if (value is null) continue;   // `name: null` sets no condition, as an absent field
            Expression? condition = name switch
            {
                "and" => Combine(model, instance, value, fieldPath, Expression.AndAlso),
                "or" => Combine(model, instance, value, fieldPath, Expression.OrElse),
                _ when model.Nested.TryGetValue(name, out var nested) => NestedObject(nested, Expression.Property(instance, model.Properties[name].Property), value, fieldPath),
                _ when model.Properties.TryGetValue(name, out var property) => Operations(property, Expression.Property(instance, property.Property), AsMap(value, fieldPath), fieldPath),
                _ => throw Invalid($"\"{fieldPath}\" is not a field of {model.TypeName}FilterInput."),
            };
            result = And(result, condition);
        }
        return result;
    }

    private Expression? Combine(FilterTypeModel model, Expression instance, object value, string path, Func<Expression, Expression, BinaryExpression> join)
    {
        if (value is not IEnumerable items) throw Invalid($"\"{path}\" must be a list of {model.TypeName}FilterInput objects.");
        Expression? result = null;
        int index = 0;
        foreach (var item in items)
        {
            var condition = Object(model, instance, AsMap(item, $"{path}[{index}]"), $"{path}[{index}]") ?? Expression.Constant(true);
            result = result is null ? condition : join(result, condition);
            index++;
        }
        return result;
    }

    private Expression? NestedObject(FilterTypeModel nested, Expression member, object value, string path)
    {
        var condition = Object(nested, member, AsMap(value, path), path);
        if (condition is null || !_guardNulls) return condition;
        return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), condition);
    }

    private Expression? Operations(DataProperty property, Expression member, IReadOnlyDictionary<string, object?> operations, string path)
    {
        Expression? result = null;
        foreach (var (operation, value) in operations)
        {
            var operationPath = path + "." + operation;
            if (value is null && operation is "and" or "or") continue;   // `or: null` sets no condition
            Expression? condition = operation switch
            {
                "eq" => Equal(member, value, operationPath),
                "neq" => Expression.Not(Equal(member, value, operationPath)),
                "in" => In(member, value, operationPath),
                "nin" => Expression.Not(In(member, value, operationPath)),
                "gt" => Expression.GreaterThan(member, Value(member, value, operationPath)),
                "gte" => Expression.GreaterThanOrEqual(member, Value(member, value, operationPath)),
                "lt" => Expression.LessThan(member, Value(member, value, operationPath)),
                "lte" => Expression.LessThanOrEqual(member, Value(member, value, operationPath)),
                "ngt" => Expression.Not(Expression.GreaterThan(member, Value(member, value, operationPath))),
                "ngte" => Expression.Not(Expression.GreaterThanOrEqual(member, Value(member, value, operationPath))),
                "nlt" => Expression.Not(Expression.LessThan(member, Value(member, value, operationPath))),
                "nlte" => Expression.Not(Expression.LessThanOrEqual(member, Value(member, value, operationPath))),
                "contains" => Text(member, StringContains, value, operationPath),
                "ncontains" => Expression.Not(Text(member, StringContains, value, operationPath)),
                "startsWith" => Text(member, StringStartsWith, value, operationPath),
                "nstartsWith" => Expression.Not(Text(member, StringStartsWith, value, operationPath)),
                "endsWith" => Text(member, StringEndsWith, value, operationPath),
                "nendsWith" => Expression.Not(Text(member, StringEndsWith, value, operationPath)),
                "and" => CombineOperations(property, member, value, operationPath, Expression.AndAlso),
                "or" => CombineOperations(property, member, value, operationPath, Expression.OrElse),
                _ => throw Invalid($"\"{operationPath}\" is not an operation on {property.Name}."),
            };
            result = And(result, condition);
        }
        return result;
    }

    /// <summary><c>and</c>/<c>or</c> inside a value's operations: each list item is a set of operations on the same value.</summary>
    private Expression? CombineOperations(DataProperty property, Expression member, object? value, string path, Func<Expression, Expression, BinaryExpression> join)
    {
        if (value is not IEnumerable items || value is string) throw Invalid($"\"{path}\" must be a list of conditions on {property.Name}.");
        Expression? result = null;
        int index = 0;
        foreach (var item in items)
        {
            var itemPath = $"{path}[{index++}]";
            var condition = Operations(property, member, AsMap(item, itemPath), itemPath) ?? Expression.Constant(true);
            result = result is null ? condition : join(result, condition);
        }
        return result;
    }

    private static Expression Equal(Expression member, object? value, string path)
    {
        if (value is not null) return Expression.Equal(member, Value(member, value, path));
        // `eq: null` asks for rows where the value is null; a non-nullable value never is.
        return CanBeNull(member.Type) ? Expression.Equal(member, Expression.Constant(null, member.Type)) : Expression.Constant(false);
    }

    private static MethodCallExpression In(Expression member, object? value, string path)
    {
        if (value is not IEnumerable items || value is string) throw Invalid($"\"{path}\" needs a list of values, not null.");
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var item in items) list.Add(Convert(item, member.Type, path));
        return Expression.Call(EnumerableContains.MakeGenericMethod(member.Type), ValueParameter.Of(list, list.GetType()), member);
    }

    private Expression Text(Expression member, MethodInfo method, object? value, string path)
    {
        if (value is not string text) throw Invalid($"\"{path}\" needs a text value, not null.");
        Expression call = Expression.Call(member, method, ValueParameter.Of(text, typeof(string)));
        return _guardNulls ? Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), call) : call;
    }

    private static Expression Value(Expression member, object? value, string path)
    {
        if (value is null) throw Invalid($"\"{path}\" needs a value, not null.");
        return ValueParameter.Of(Convert(value, member.Type, path), member.Type);
    }

    private static object? Convert(object? value, Type type, string path)
    {
        try
        {
            return ValueConverter.Convert(value, type);
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or OverflowException or ArgumentException)
        {
            throw Invalid($"\"{path}\" cannot be compared with {ValueLiterals.Inspect(value)}: {ex.Message}");
        }
    }

    private static IReadOnlyDictionary<string, object?> AsMap(object? value, string path)
        => value as IReadOnlyDictionary<string, object?> ?? throw Invalid($"\"{path}\" must be an input object.");

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    private static Expression? And(Expression? left, Expression? right)
        => left is null ? right : right is null ? left : Expression.AndAlso(left, right);

    private static GraphQLException Invalid(string message) => new(message, DataErrorCodes.InvalidFilter);
}
