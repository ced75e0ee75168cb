using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// Generates <c>XFilterInput</c> types from C# types (once per type, shared by every field filtering it) and the
/// per-scalar operation inputs such as <c>StringOperationFilterInput</c> (HotChocolate.Data names).
/// </summary>
internal static class FilterInputTypes
{
    public const string ModelKey = "ReportGraph.Data.FilterModel";

    public static (InputObjectType Type, FilterTypeModel Model) GetOrCreate(SchemaBuildContext build, Type clr)
    {
        var baseName = build.FindTypeFor(clr)?.Name ?? NameConventions.TypeName(clr);
        var name = baseName + "FilterInput";
        if (build.GetType(name) is InputObjectType existing && existing.ContextData.TryGetValue(ModelKey, out var m) && m is FilterTypeModel existingModel)
        {
            if (existingModel.ClrType != clr)
                throw new SchemaBuilderException($"Two C# types would both get the filter input \"{name}\": {existingModel.ClrType.FullName} and {clr.FullName}. Rename one with [GraphQLName].");
            return (existing, existingModel);
        }

        var model = new FilterTypeModel(clr, baseName);
        var type = new InputObjectType(name) { Description = $"Conditions on {baseName} items; all given conditions must hold." };
        type.ContextData[ModelKey] = model;
        build.AddType(type);   // before the fields, so self-references find it

        type.AddField(new InputFieldDefinition("and", new ListType(new NonNullType(type))) { Description = "All of these conditions must hold." });
        type.AddField(new InputFieldDefinition("or", new ListType(new NonNullType(type))) { Description = "At least one of these conditions must hold." });
        foreach (var property in DataProperties.Of(clr, typeof(FilterIgnoreAttribute)))
        {
            if (property.Name is "and" or "or")
                throw new SchemaBuilderException($"{clr.FullName}.{property.Property.Name} is named \"{property.Name}\", which filtering uses for combining conditions. Rename it with [GraphQLName] or mark it [FilterIgnore].");
            InputObjectType? fieldType;
            if (property.Kind == DataPropertyKind.Object)
            {
                var (nestedType, nestedModel) = GetOrCreate(build, property.ValueType);
                model.Nested[property.Name] = nestedModel;
                fieldType = nestedType;
            }
            else
            {
                fieldType = OperationType(build, property);
            }

            if (fieldType is null) continue;
            model.Properties[property.Name] = property;
            type.AddField(new InputFieldDefinition(property.Name, fieldType) { Description = $"Conditions on {property.Name}." });
        }
        return (type, model);
    }

    /// <summary>The operation input for a scalar or enum property, or null when the property's type is not in the schema's scalars.</summary>
    private static InputObjectType? OperationType(SchemaBuildContext build, DataProperty property)
    {
        INamedType valueType;
        try
        {
            if (build.GetInputType(property.ValueType) is not INamedType named) return null;
            valueType = named;
        }
        catch (SchemaBuilderException)
        {
            return null;   // e.g. TimeOnly when no scalar is bound to it: the property is simply not filterable
        }
        var name = valueType.Name + "OperationFilterInput";
        if (build.GetType(name) is InputObjectType existing) return existing;

        var value = (IGraphQLType)valueType;
        var list = new ListType(new NonNullType(value));
        var type = new InputObjectType(name) { Description = $"Conditions on a {valueType.Name} value; all given conditions must hold." };
        // and/or on one value as well as on whole items, as HotChocolate.Data has them: name: { or: [{ startsWith: "A" }, { endsWith: "z" }] }.
        type.AddField(new InputFieldDefinition("and", new ListType(new NonNullType(type))) { Description = "All of these conditions on the value must hold." });
        type.AddField(new InputFieldDefinition("or", new ListType(new NonNullType(type))) { Description = "At least one of these conditions on the value must hold." });
        type.AddField(new InputFieldDefinition("eq", value) { Description = "Equal to (null: the value is null)." });
        type.AddField(new InputFieldDefinition("neq", value) { Description = "Not equal to (null: the value is not null)." });
        if (property.Kind != DataPropertyKind.Equatable || property.ValueType == typeof(Guid))
        {
            type.AddField(new InputFieldDefinition("in", list) { Description = "Equal to one of these values." });
            type.AddField(new InputFieldDefinition("nin", list) { Description = "Equal to none of these values." });
        }
        if (property.Kind == DataPropertyKind.Comparable)
        {
            type.AddField(new InputFieldDefinition("gt", value) { Description = "Greater than." });
            type.AddField(new InputFieldDefinition("gte", value) { Description = "Greater than or equal to." });
            type.AddField(new InputFieldDefinition("lt", value) { Description = "Less than." });
            type.AddField(new InputFieldDefinition("lte", value) { Description = "Less than or equal to." });
            type.AddField(new InputFieldDefinition("ngt", value) { Description = "Not greater than." });
            type.AddField(new InputFieldDefinition("ngte", value) { Description = "Not greater than or equal to." });
            type.AddField(new InputFieldDefinition("nlt", value) { Description = "Not less than." });
            type.AddField(new InputFieldDefinition("nlte", value) { Description = "Not less than or equal to." });
        }
        if (property.Kind == DataPropertyKind.String)
        {
            type.AddField(new InputFieldDefinition("contains", value) { Description = "Contains this text (case-sensitivity follows the database's collation)." });
            type.AddField(new InputFieldDefinition("ncontains", value) { Description = "Does not contain this text." });
            type.AddField(new InputFieldDefinition("startsWith", value) { Description = "Starts with this text." });
            type.AddField(new InputFieldDefinition("nstartsWith", value) { Description = "Does not start with this text." });
            type.AddField(new InputFieldDefinition("endsWith", value) { Description = "Ends with this text." });
            type.AddField(new InputFieldDefinition("nendsWith", value) { Description = "Does not end with this text." });
        }
        build.AddType(type);
        return type;
    }
}
