using System.Text.RegularExpressions;

namespace ReportGraph.GraphQL.Types;

/// <summary>Checks the type system rules of spec §3 when a schema is built, with graphql-js <c>validateSchema</c> messages.</summary>
internal static partial class SchemaValidator
{
    [GeneratedRegex("^[_a-zA-Z][_a-zA-Z0-9]*$")]
    private static partial Regex NamePattern();

    public static List<string> Validate(Schema schema, IReadOnlyList<DirectiveDefinition> directives)
    {
        var errors = new List<string>();
        ValidateRootTypes(schema, errors);
        ValidateDirectives(directives, errors);
        var inputCycles = new InputCycleFinder(errors);
        foreach (var type in schema.TypeMap.Values)
        {
            bool introspection = type.Name.StartsWith("__", StringComparison.Ordinal) && Introspection.IntrospectionTypes.All.Contains(type);
            if (!introspection) ValidateName(type.Name, errors);
            switch (type)
            {
                case ObjectType o:
                    ValidateFields(o, o.Fields, errors);
                    ValidateInterfaces(schema, o, o.Interfaces, o.Fields, errors);
                    break;
                case InterfaceType i:
                    ValidateFields(i, i.Fields, errors);
                    ValidateInterfaces(schema, i, i.Interfaces, i.Fields, errors);
                    break;
                case UnionType u:
                    ValidateUnion(u, errors);
                    break;
                case EnumType e:
                    ValidateEnum(e, errors);
                    break;
                case InputObjectType io:
                    ValidateInputObject(io, errors);
                    inputCycles.Check(io);
                    break;
            }
        }
        return errors;
    }

    private static void ValidateRootTypes(Schema schema, List<string> errors)
    {
        var seen = new Dictionary<ObjectType, string>();
        foreach (var (operation, type) in new[] { ("query", schema.QueryType), ("mutation", schema.MutationType), ("subscription", schema.SubscriptionType) })
        {
            if (type is null) continue;
            if (seen.TryGetValue(type, out var other))
                errors.Add($"All root types must be different, \"{type.Name}\" type is used as {other} and {operation} root types.");
            else seen[type] = operation;
        }
    }

    private static void ValidateName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        else if (!NamePattern().IsMatch(name))
            errors.Add($"Names must only contain [_a-zA-Z0-9] and start with [_a-zA-Z] but \"{name}\" does not.");
    }

    private static void ValidateDirectives(IReadOnlyList<DirectiveDefinition> directives, List<string> errors)
    {
        var names = new HashSet<string>();
        foreach (var directive in directives)
        {
            ValidateName(directive.Name, errors);
            if (!names.Add(directive.Name)) errors.Add($"Directive @{directive.Name} is defined more than once.");
            if (directive.Locations.Count == 0) errors.Add($"Directive @{directive.Name} must include 1 or more locations.");
            foreach (var arg in directive.Arguments)
            {
                ValidateName(arg.Name, errors);
                if (!arg.Type.IsInputType())
                    errors.Add($"The type of @{directive.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.");
                if (arg.IsRequired() && arg.IsDeprecated)
                    errors.Add($"Required argument @{directive.Name}({arg.Name}:) cannot be deprecated.");
            }
        }
    }

    private static void ValidateFields(INamedType type, FieldCollection<FieldDefinition> fields, List<string> errors)
    {
        if (fields.Count == 0) errors.Add($"Type {type.Name} must define one or more fields.");
        foreach (var field in fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsOutputType())
                errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            foreach (var arg in field.Arguments)
            {
                ValidateName(arg.Name, errors);
                if (!arg.Type.IsInputType())
                    errors.Add($"The type of {type.Name}.{field.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.");
                if (arg.IsRequired() && arg.IsDeprecated)
                    errors.Add($"Required argument {type.Name}.{field.Name}({arg.Name}:) cannot be deprecated.");
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, INamedType type, IReadOnlyList<InterfaceType> interfaces,
        FieldCollection<FieldDefinition> fields, List<string> errors)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var iface in interfaces)
        {
            if (schema.GetType(iface.Name) is not InterfaceType)
            {
                errors.Add($"Type {type.Name} must only implement Interface types, it cannot implement {iface.Name}.");
                continue;
            }
            if (ReferenceEquals(type, iface))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }
            if (!seen.Add(iface))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }
            foreach (var transitive in iface.Interfaces)
            {
                if (!interfaces.Contains(transitive))
                {
                    errors.Add(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
                }
            }
            ValidateImplementation(schema, type, fields, iface, errors);
        }
    }

    private static void ValidateImplementation(Schema schema, INamedType type, FieldCollection<FieldDefinition> fields,
        InterfaceType iface, List<string> errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            if (!fields.TryGet(ifaceField.Name, out var typeField))
            {
                errors.Add($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.");
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
                errors.Add($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{ifaceField.Name} is type {typeField.Type}.");
            foreach (var ifaceArg in ifaceField.Arguments)
            {
                if (!typeField.Arguments.TryGet(ifaceArg.Name, out var typeArg))
                {
                    errors.Add($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{ifaceField.Name} does not provide it.");
                    continue;
                }
                if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                    errors.Add($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{ifaceField.Name}({ifaceArg.Name}:) is type {typeArg.Type}.");
            }
            foreach (var typeArg in typeField.Arguments)
            {
                if (!ifaceField.Arguments.Contains(typeArg.Name) && typeArg.IsRequired())
                    errors.Add($"Object field {type.Name}.{ifaceField.Name} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{ifaceField.Name}.");
            }
        }
    }

    private static void ValidateUnion(UnionType union, List<string> errors)
    {
        if (union.Types.Count == 0) errors.Add($"Union type {union.Name} must define one or more member types.");
        var seen = new HashSet<string>();
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name)) errors.Add($"Union type {union.Name} can only include type {member.Name} once.");
        }
    }

    private static void ValidateEnum(EnumType type, List<string> errors)
    {
        if (type.Values.Count == 0) errors.Add($"Enum type {type.Name} must define one or more values.");
        foreach (var value in type.Values)
        {
            ValidateName(value.Name, errors);
            if (value.Name is "true" or "false" or "null") errors.Add($"Enum type {type.Name} cannot include value: {value.Name}.");
        }
    }

    private static void ValidateInputObject(InputObjectType type, List<string> errors)
    {
        if (type.Fields.Count == 0) errors.Add($"Input Object type {type.Name} must define one or more fields.");
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsInputType())
                errors.Add($"The type of {type.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            if (field.IsRequired() && field.IsDeprecated)
                errors.Add($"Required input field {type.Name}.{field.Name} cannot be deprecated.");
            if (type.IsOneOf)
            {
                if (field.Type is NonNullType) errors.Add($"OneOf input field {type.Name}.{field.Name} must be nullable.");
                if (field.DefaultValue is not null) errors.Add($"OneOf input field {type.Name}.{field.Name} cannot have a default value.");
            }
        }
    }

    /// <summary>Finds input objects that contain themselves through non-null fields (graphql-js validateInputObjectCircularRefs).</summary>
    private sealed class InputCycleFinder(List<string> errors)
    {
        private readonly HashSet<InputObjectType> _visited = new();
        private readonly List<InputFieldDefinition> _path = new();
        private readonly Dictionary<InputObjectType, int> _pathIndex = new();

        public void Check(InputObjectType type)
        {
            if (!_visited.Add(type)) return;
            _pathIndex[type] = _path.Count;
            foreach (var field in type.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _path.Add(field);
                    if (!_pathIndex.TryGetValue(fieldType, out var cycleIndex))
                    {
                        Check(fieldType);
                    }
                    else
                    {
                        var cyclePath = string.Join(".", _path.Skip(cycleIndex).Select(f => f.Name));
                        errors.Add($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{cyclePath}\".");
                    }
                    _path.RemoveAt(_path.Count - 1);
                }
            }
            _pathIndex.Remove(type);
        }
    }
}
