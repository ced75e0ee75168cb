namespace ReportGraph.GraphQL.Types;

/// <summary>Sets the GraphQL name of a type, field, argument, enum value or input field.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    /// <summary>The name.</summary>
    public string Name { get; } = name;
}

/// <summary>Sets the description (otherwise the XML doc summary is used when the XML file is next to the assembly).</summary>
[AttributeUsage(AttributeTargets.All)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    /// <summary>The description.</summary>
    public string Description { get; } = description;
}

/// <summary>Marks a field, argument, input field or enum value as deprecated (<see cref="ObsoleteAttribute"/> works too).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string reason = BuiltInDirectives.DefaultDeprecationReason) : Attribute
{
    /// <summary>Why.</summary>
    public string Reason { get; } = reason;
}

/// <summary>Leaves a member out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field)]
public sealed class GraphQLIgnoreAttribute : Attribute { }

/// <summary>Sets the GraphQL type explicitly, as SDL text (e.g. <c>"[ID!]!"</c>) naming types of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.ReturnValue)]
public sealed class GraphQLTypeAttribute(string typeSyntax) : Attribute
{
    /// <summary>The type in SDL syntax.</summary>
    public string TypeSyntax { get; } = typeSyntax;
}

/// <summary>Makes a field, argument or input field non-null regardless of the C# nullability.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.ReturnValue)]
public sealed class GraphQLNonNullAttribute : Attribute { }

/// <summary>Exposes a string, Guid or integer member as the <c>ID</c> scalar.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.ReturnValue)]
public sealed class IDAttribute : Attribute { }

/// <summary>Marks an input class as a OneOf input object (<c>@oneOf</c>): exactly one field must be set.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class OneOfAttribute : Attribute { }

/// <summary>Marks a C# interface or abstract class as a GraphQL union; members are the registered object types that implement it.</summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class)]
public sealed class UnionTypeAttribute(string? name = null) : Attribute
{
    /// <summary>The union name (default: the C# name).</summary>
    public string? Name { get; } = name;
}

/// <summary>Injects a service from the request's <see cref="IServiceProvider"/> into a resolver parameter.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute { }

/// <summary>Injects the parent object (the value of the type being extended) into a resolver parameter.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute { }

/// <summary>Adds the fields of this class to another type: <c>[ExtendObjectType("Query")]</c> or <c>[ExtendObjectType(typeof(Schedule))]</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class ExtendObjectTypeAttribute : Attribute
{
    /// <summary>Extends the type with this GraphQL name.</summary>
    public ExtendObjectTypeAttribute(string name) => Name = name;

    /// <summary>Extends the type built from this CLR type.</summary>
    public ExtendObjectTypeAttribute(Type type) => RuntimeType = type;

    /// <summary>The GraphQL name of the extended type, if given by name.</summary>
    public string? Name { get; }

    /// <summary>The CLR type of the extended type, if given by type.</summary>
    public Type? RuntimeType { get; }
}

/// <summary>
/// Base for attributes that configure a field when the schema is built (add middleware, arguments, metadata), e.g. paging or
/// authorization attributes: <c>[UsePaging]</c> style.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true)]
public abstract class FieldConfigurationAttribute : Attribute
{
    /// <summary>Order among several configuration attributes on one member (lower runs first, i.e. outermost middleware).</summary>
    public int Order { get; init; }

    /// <summary>Configures the field after its type, arguments and resolver are set.</summary>
    public abstract void Configure(FieldDefinition field, FieldConfigurationContext context);
}

/// <summary>Base for attributes that configure a type when the schema is built.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum, AllowMultiple = true)]
public abstract class TypeConfigurationAttribute : Attribute
{
    /// <summary>Configures the type after its fields are set.</summary>
    public abstract void Configure(NamedType type, SchemaBuildContext context);
}
