using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// Resolves a field from its parent when no resolver is given (graphql-js <c>defaultFieldResolver</c>): a dictionary
/// entry, a JSON member, or a public property with the field's name (case-insensitive first letter).
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    /// <summary>Reads the field from the parent value.</summary>
    public static object? Resolve(object? parent, string fieldName)
    {
        switch (parent)
        {
            case null: return null;
            case IReadOnlyDictionary<string, object?> map: return map.TryGetValue(fieldName, out var v) ? v : null;
            case IDictionary<string, object?> dict: return dict.TryGetValue(fieldName, out var d) ? d : null;
            case JsonElement { ValueKind: JsonValueKind.Object } e: return e.TryGetProperty(fieldName, out var p) ? p : null;
        }
        var getter = Getters.GetOrAdd((parent.GetType(), fieldName), static key => CreateGetter(key.Item1, key.Item2));
        return getter?.Invoke(parent);
    }

    private static Func<object, object?>? CreateGetter(Type type, string name)
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property?.GetMethod is null) return null;
        return Compiled.PropertyGetter(property);
    }
}

/// <summary>Compiles member access into delegates once, so that resolving does not use reflection per call.</summary>
public static class Compiled
{
    /// <summary>A delegate reading a property from a boxed instance.</summary>
    public static Func<object, object?> PropertyGetter(PropertyInfo property)
    {
        var instance = System.Linq.Expressions.Expression.Parameter(typeof(object), "instance");
        var body = System.Linq.Expressions.Expression.Convert(
            System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(instance, property.DeclaringType!), property),
            typeof(object));
        return System.Linq.Expressions.Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    /// <summary>A <c>Func&lt;object, T&gt;</c> reading an instance property of type T from a boxed instance, without boxing the value.</summary>
    internal static Delegate TypedPropertyGetter(PropertyInfo property)
    {
        var instance = System.Linq.Expressions.Expression.Parameter(typeof(object), "instance");
        var body = System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(instance, property.DeclaringType!), property);
        var type = typeof(Func<,>).MakeGenericType(typeof(object), property.PropertyType);
        return System.Linq.Expressions.Expression.Lambda(type, body, instance).Compile();
    }
}
