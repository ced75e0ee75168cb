using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;

namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// Converts coerced GraphQL values (lists as <see cref="List{T}"/> of object, numbers, strings, runtime objects) into the
/// CLR types resolvers ask for: arrays and typed lists, nullable values, enums, numeric widening.
/// </summary>
public static class ValueConverter
{
    private static readonly ConcurrentDictionary<Type, Func<IList, object>?> ListFactories = new();

    /// <summary>Converts <paramref name="value"/> to <paramref name="target"/>; throws <see cref="InvalidCastException"/> when impossible.</summary>
    public static object? Convert(object? value, Type target)
    {
        if (value is null) return null;
        if (target == typeof(object) || target.IsInstanceOfType(value)) return value;
        var underlying = Nullable.GetUnderlyingType(target);
        if (underlying is not null) return Convert(value, underlying);
        if (target.IsEnum)
        {
            if (value is string s) return Enum.Parse(target, s, ignoreCase: true);
            return Enum.ToObject(target, value);
        }
        if (value is IList list && value is not string && ListFactories.GetOrAdd(target, CreateListFactory) is { } factory)
            return factory(list);
        if (target == typeof(Guid) && value is string g) return Guid.Parse(g);
        if (target == typeof(DateTimeOffset) && value is DateTime dt) return new DateTimeOffset(dt);
        if (target == typeof(DateTime) && value is DateTimeOffset dto) return dto.UtcDateTime;
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        throw new InvalidCastException($"Cannot convert a value of type {value.GetType().Name} to {target.Name}.");
    }

    /// <summary>Converts to <typeparamref name="T"/>.</summary>
    public static T? Convert<T>(object? value) => value is T t ? t : (T?)Convert(value, typeof(T));

    /// <summary>The item type when <paramref name="type"/> is an array or a generic collection interface/class; else null.</summary>
    public static Type? GetListItemType(Type type)
    {
        if (type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        if (type.IsGenericType)
        {
            var def = type.GetGenericTypeDefinition();
            if (def == typeof(List<>) || def == typeof(IList<>) || def == typeof(IEnumerable<>) || def == typeof(IReadOnlyList<>)
                || def == typeof(ICollection<>) || def == typeof(IReadOnlyCollection<>) || def == typeof(HashSet<>) || def == typeof(ISet<>)
                || def == typeof(IAsyncEnumerable<>))
            {
                return type.GetGenericArguments()[0];
            }
        }
        foreach (var i in type.GetInterfaces())
            if (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) return i.GetGenericArguments()[0];
        return null;
    }

    private static Func<IList, object>? CreateListFactory(Type target)
    {
        var item = GetListItemType(target);
        if (item is null) return null;
        string method;
        if (target.IsArray)
        {
            method = nameof(ToArray);
        }
        else
        {
            bool isSet = target.IsGenericType && (target.GetGenericTypeDefinition() == typeof(HashSet<>) || target.GetGenericTypeDefinition() == typeof(ISet<>));
            var concrete = isSet ? typeof(HashSet<>).MakeGenericType(item) : typeof(List<>).MakeGenericType(item);
            if (!target.IsAssignableFrom(concrete)) return null;
            method = isSet ? nameof(ToHashSet) : nameof(ToList);
        }
        // One typed delegate per target type, so converting a list costs no reflection per item.
        return typeof(ValueConverter).GetMethod(method, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!
            .MakeGenericMethod(item).CreateDelegate<Func<IList, object>>();
    }

    private static T[] ToArray<T>(IList source)
    {
        var result = new T[source.Count];
        for (int i = 0; i < result.Length; i++) result[i] = Convert<T>(source[i])!;
        return result;
    }

    private static List<T> ToList<T>(IList source)
    {
        var result = new List<T>(source.Count);
        foreach (var v in source) result.Add(Convert<T>(v)!);
        return result;
    }

    private static HashSet<T> ToHashSet<T>(IList source)
    {
        var result = new HashSet<T>();
        foreach (var v in source) result.Add(Convert<T>(v)!);
        return result;
    }
}
