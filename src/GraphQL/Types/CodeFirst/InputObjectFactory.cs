using System.ComponentModel;
using System.Reflection;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Types;

/// <summary>Input object fields from a class or record, and the factory that creates instances from coerced values.</summary>
internal static class InputObjectFactory
{
    public static void Populate(ClrTypeMapper mapper, InputObjectType input, Type clr)
    {
        var constructor = clr.GetConstructor(Type.EmptyTypes)
            ?? clr.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null && !clr.IsValueType)
            throw new SchemaBuilderException($"{clr.FullName} is used as an input type but has no public constructor.");
        var constructorParameters = constructor?.GetParameters() ?? Array.Empty<ParameterInfo>();
        var parametersByName = constructorParameters.ToDictionary(p => p.Name!, StringComparer.OrdinalIgnoreCase);

        var properties = clr.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true } && !p.IsDefined(typeof(GraphQLIgnoreAttribute), true)
                        && !ClrTypeMapper.IsCompilerGenerated(p)
                        && (p.SetMethod is { IsPublic: true } || parametersByName.ContainsKey(p.Name)))
            .OrderBy(p => p.MetadataToken)
            .ToList();
        var fieldProperties = new List<(InputFieldDefinition Field, PropertyInfo Property)>();
        foreach (var property in properties)
        {
            var name = property.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameConventions.CamelCase(property.Name);
            var where = ClrTypeMapper.MemberName(property);
            var typeAttribute = property.GetCustomAttribute<GraphQLTypeAttribute>();
            var type = typeAttribute is not null
                ? mapper.FromSyntax(typeAttribute.TypeSyntax, where)
                : mapper.MapInput(property.PropertyType, mapper.Nullability(property), where, property);
            if (input.IsOneOf && type is NonNullType nn) type = nn.OfType;
            var field = new InputFieldDefinition(name, type)
            {
                Description = mapper.Describe(property),
                DeprecationReason = ClrTypeMapper.Deprecation(property),
                Member = property,
            };
            object? defaultValue = property.GetCustomAttribute<DefaultValueAttribute>()?.Value;
            if (defaultValue is null && parametersByName.TryGetValue(property.Name, out var parameter) && parameter.HasDefaultValue)
                defaultValue = parameter.DefaultValue is DBNull ? null : parameter.DefaultValue;
            if (defaultValue is not null && !input.IsOneOf) field.DefaultValue = ClrTypeMapper.ToLiteral(defaultValue, type);
            if (input.Fields.Contains(name))
                throw new SchemaBuilderException($"The input field \"{input.Name}.{name}\" is defined twice by {clr.FullName}.");
            input.AddField(field);
            fieldProperties.Add((field, property));
        }

        // Constructor parameters filled from fields with the same name; the rest set through setters.
        var parameterFields = constructorParameters
            .Select(p => fieldProperties.FirstOrDefault(fp => string.Equals(fp.Property.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        var setterFields = fieldProperties.Where(fp => !parameterFields.Any(pf => pf.Property == fp.Property) && fp.Property.SetMethod is { IsPublic: true }).ToArray();
        var parameterDefaults = constructorParameters.Select(p => p.HasDefaultValue && p.DefaultValue is not DBNull ? p.DefaultValue
            : p.ParameterType.IsValueType && Nullable.GetUnderlyingType(p.ParameterType) is null ? Activator.CreateInstance(p.ParameterType) : null).ToArray();

        input.CreateRuntimeValue = values =>
        {
            object instance;
            try
            {
                if (constructor is null) instance = Activator.CreateInstance(clr)!;
                else
                {
                    var args = new object?[constructorParameters.Length];
                    for (int i = 0; i < args.Length; i++)
                    {
                        var fp = parameterFields[i];
                        args[i] = fp.Field is not null && values.TryGetValue(fp.Field.Name, out var v) && v is not null
                            ? ValueConverter.Convert(v, constructorParameters[i].ParameterType)
                            : parameterDefaults[i];
                    }
                    instance = constructor.Invoke(args);
                }
                foreach (var (field, property) in setterFields)
                    if (values.TryGetValue(field.Name, out var v)) property.SetValue(instance, ValueConverter.Convert(v, property.PropertyType));
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                throw new GraphQLException($"Invalid value for {input.Name}: {ex.InnerException.Message}", ErrorCodes.BadUserInput, inner: ex.InnerException);
            }
            return instance;
        };
    }
}
