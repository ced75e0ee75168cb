using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Data;

/// <summary>What a generated <c>XSortInput</c> type stands for: the C# type and which property each field sorts by.</summary>
internal sealed class SortTypeModel(Type clrType, string typeName)
{
    public Type ClrType { get; } = clrType;

    public string TypeName { get; } = typeName;

    public Dictionary<string, DataProperty> Properties { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SortTypeModel> Nested { get; } = new(StringComparer.Ordinal);
}

/// <summary>The sort direction of one field.</summary>
public enum SortDirection
{
    /// <summary>Smallest first.</summary>
    Ascending,
    /// <summary>Largest first.</summary>
    Descending,
}

/// <summary>Generates <c>XSortInput</c> types (fields of type <c>SortEnumType</c>: ASC/DESC, nested objects as nested sort inputs).</summary>
internal static class SortInputTypes
{
    public const string ModelKey = "ReportGraph.Data.SortModel";

    public static (InputObjectType Type, SortTypeModel Model) GetOrCreate(SchemaBuildContext build, Type clr)
    {
        var baseName = build.FindTypeFor(clr)?.Name ?? NameConventions.TypeName(clr);
        var name = baseName + "SortInput";
        if (build.GetType(name) is InputObjectType existing && existing.ContextData.TryGetValue(ModelKey, out var m) && m is SortTypeModel existingModel)
        {
            if (existingModel.ClrType != clr)
                throw new SchemaBuilderException($"Two C# types would both get the sort input \"{name}\": {existingModel.ClrType.FullName} and {clr.FullName}. Rename one with [GraphQLName].");
            return (existing, existingModel);
        }

        var model = new SortTypeModel(clr, baseName);
        var type = new InputObjectType(name);
        type.ContextData[ModelKey] = model;
        build.AddType(type);
        var direction = GetOrCreateDirection(build);
        foreach (var property in DataProperties.Of(clr, typeof(SortIgnoreAttribute)))
        {
            IInputType fieldType;
            if (property.Kind == DataPropertyKind.Object)
            {
                var (nestedType, nestedModel) = GetOrCreate(build, property.ValueType);
                model.Nested[property.Name] = nestedModel;
                fieldType = nestedType;
            }
            else if (IsInSchema(build, property))
            {
                fieldType = direction;
            }
            else
            {
                continue;
            }

            model.Properties[property.Name] = property;
            type.AddField(new InputFieldDefinition(property.Name, fieldType) { Description = $"Order by {property.Name}." });
        }
        // The example names a field the type really has, so it can be pasted.
        type.Description = $"How to order {baseName} items: give one field per list element, e.g. `{Example(type)}`.";
        return (type, model);
    }

    /// <summary>An order value using the first field of <paramref name="type"/>, e.g. <c>[{ name: ASC }]</c>.</summary>
    internal static string Example(InputObjectType type) => $"[{ExampleKey(type, depth: 0)}]";

    private static string ExampleKey(InputObjectType type, int depth)
    {
        // A field of the direction enum if there is one; otherwise a nested object sorted by its own key (types may refer
        // to each other, hence the depth limit).
        var leaf = type.Fields.FirstOrDefault(f => f.Type is EnumType);
        if (leaf is not null) return $"{{ {leaf.Name}: ASC }}";
        var nested = type.Fields.FirstOrDefault(f => f.Type is InputObjectType);
        return nested is not null && depth < 3 ? $"{{ {nested.Name}: {ExampleKey((InputObjectType)nested.Type, depth + 1)} }}" : "{}";
    }

    private static bool IsInSchema(SchemaBuildContext build, DataProperty property)
    {
        try
        {
            return build.GetInputType(property.ValueType) is INamedType;
        }
        catch (SchemaBuilderException)
        {
            return false;
        }
    }

    private static EnumType GetOrCreateDirection(SchemaBuildContext build)
    {
        if (build.GetType("SortEnumType") is EnumType existing) return existing;
        var type = new EnumType("SortEnumType") { Description = "A sort direction." };
        type.AddValue(new EnumValueDefinition("ASC", SortDirection.Ascending) { Description = "Smallest first (A→Z, oldest first)." });
        type.AddValue(new EnumValueDefinition("DESC", SortDirection.Descending) { Description = "Largest first (Z→A, newest first)." });
        build.AddType(type);
        return type;
    }
}
