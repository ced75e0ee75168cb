using System.ComponentModel;
using System.Reflection;
using ReportGraph.GraphQL.Errors;
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
                        && !ClrFieldFactory.IsCompilerGenerated(p)
                        && (p.SetMethod is { IsPublic: true } || parametersByName.ContainsKey(p.Name)))
            .OrderBy(p => p.MetadataToken)
            .ToList();
        var fieldProperties = new List<(InputFieldDefinition Field, PropertyInfo Property)>();
        foreach (var property in properties)
        {
            var name = property.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameConventions.CamelCase(property.Name);
            var where = ClrNames.Of(property);
            var typeAttribute = property.GetCustomAttribute<GraphQLTypeAttribute>();
            var type = typeAttribute is not null
                ? mapper.FromSyntax(typeAttribute.TypeSyntax, where)
                : mapper.MapInput(property.PropertyType, mapper.Nullability(property), where, property);
            if (input.IsOneOf && type is NonNullType nn) type = nn.OfType;
            var field = new InputFieldDefinition(name, type)
            {
                Description = mapper.Descriptions.Describe(property),
                DeprecationReason = MemberDescriptions.Deprecation(property),
                Member = property,
            };
            object? defaultValue = property.GetCustomAttribute<DefaultValueAttribute>()?.Value;
            if (defaultValue is null && parametersByName.TryGetValue(property.Name, out var parameter) && parameter.HasDefaultValue)
                defaultValue = parameter.DefaultValue is DBNull ? null : parameter.DefaultValue;
            if (defaultValue is not null && !input.IsOneOf) field.DefaultValue = DefaultValueLiteral.From(defaultValue, type);
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

        // Compiled once: creating an input object costs no reflection per request.
        var create = CompileConstructor(clr, constructor);
        var setters = setterFields.Select(fp => (fp.Field.Name, fp.Property.PropertyType, Set: CompileSetter(fp.Property))).ToArray();
        var parameterTypes = constructorParameters.Select(p => p.ParameterType).ToArray();
        input.CreateRuntimeValue = values =>
        {
            object instance;
            try
            {
                var args = new object?[parameterTypes.Length];
                for (int i = 0; i < args.Length; i++)
                {
                    var fp = parameterFields[i];
                    args[i] = fp.Field is not null && values.TryGetValue(fp.Field.Name, out var v) && v is not null
                        ? ValueConverter.Convert(v, parameterTypes[i])
                        : parameterDefaults[i];
                }
                instance = create(args);
                foreach (var (name, type, set) in setters)
                    if (values.TryGetValue(name, out var v)) set(instance, ValueConverter.Convert(v, type));
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or InvalidCastException)
            {
                throw new GraphQLException($"Invalid value for {input.Name}: {ex.Message}", ErrorCodes.BadUserInput, inner: ex);
            }
            return instance;
        };
    }

    private static Func<object?[], object> CompileConstructor(Type clr, ConstructorInfo? constructor)
    {
        var args = System.Linq.Expressions.Expression.Parameter(typeof(object?[]), "args");
        System.Linq.Expressions.Expression body;
        if (constructor is null)
        {
            body = System.Linq.Expressions.Expression.New(clr);
        }
        else
        {
            var parameters = constructor.GetParameters();
            var arguments = new System.Linq.Expressions.Expression[parameters.Length];
            for (int i = 0; i < parameters.Length; i++)
            {
                arguments[i] = System.Linq.Expressions.Expression.Convert(
                    System.Linq.Expressions.Expression.ArrayIndex(args, System.Linq.Expressions.Expression.Constant(i)), parameters[i].ParameterType);
            }

            body = System.Linq.Expressions.Expression.New(constructor, arguments);
        }
        return System.Linq.Expressions.Expression.Lambda<Func<object?[], object>>(System.Linq.Expressions.Expression.Convert(body, typeof(object)), args).Compile();
    }

    private static Action<object, object?> CompileSetter(PropertyInfo property)
    {
        // A boxed struct must be changed in place, which a compiled unbox-and-assign would not do.
        if (property.DeclaringType!.IsValueType) return property.SetValue;
        var instance = System.Linq.Expressions.Expression.Parameter(typeof(object), "instance");
        var value = System.Linq.Expressions.Expression.Parameter(typeof(object), "value");
        var assign = System.Linq.Expressions.Expression.Assign(
            System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(instance, property.DeclaringType!), property),
            System.Linq.Expressions.Expression.Convert(value, property.PropertyType));
        return System.Linq.Expressions.Expression.Lambda<Action<object, object?>>(assign, instance, value).Compile();
    }
}
