using System.Collections;
using System.Reflection;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Data;

/// <summary>How a C# property takes part in filtering and sorting.</summary>
internal enum DataPropertyKind
{
    /// <summary>A string.</summary>
    String,
    /// <summary>A number, date, time or other value ordered by &lt; and &gt;.</summary>
    Comparable,
    /// <summary>A value compared only for equality (bool, Guid).</summary>
    Equatable,
    /// <summary>An enum.</summary>
    Enum,
    /// <summary>A nested object with its own properties.</summary>
    Object,
}

/// <summary>A property of the filtered/sorted C# type, with its GraphQL name.</summary>
internal sealed record DataProperty(string Name, PropertyInfo Property, DataPropertyKind Kind)
{
    /// <summary>The property type without <see cref="Nullable{T}"/>.</summary>
    public Type ValueType => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;
}

/// <summary>Picks the public properties that filtering and sorting can use: the same names as the output type ([GraphQLName], [GraphQLIgnore]).</summary>
internal static class DataProperties
{
    private static readonly HashSet<Type> Comparable = new()
    {
        typeof(int), typeof(long), typeof(short), typeof(byte), typeof(decimal), typeof(double), typeof(float),
        typeof(DateTimeOffset), typeof(DateTime), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan),
    };

    public static IEnumerable<DataProperty> Of(Type type, Type ignoreAttribute)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true }) continue;
            if (property.IsDefined(typeof(GraphQLIgnoreAttribute), true) || property.IsDefined(ignoreAttribute, true)) continue;
            if (KindOf(property.PropertyType) is not { } kind) continue;
            yield return new DataProperty(NameConventions.FieldName(property), property, kind);
        }
    }

    private static DataPropertyKind? KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return DataPropertyKind.String;
        if (type.IsEnum) return DataPropertyKind.Enum;
        if (Comparable.Contains(type)) return DataPropertyKind.Comparable;
        if (type == typeof(bool) || type == typeof(Guid)) return DataPropertyKind.Equatable;
        // Nested objects: classes with properties, not collections, not framework types (Uri, JsonElement, …).
        if (type.IsClass && !typeof(IEnumerable).IsAssignableFrom(type) && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true)
            return DataPropertyKind.Object;
        return null;
    }
}
