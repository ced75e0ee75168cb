using System.Diagnostics.CodeAnalysis;

namespace ReportGraph.GraphQL.Types;

/// <summary>The kinds of types, as introspection's <c>__TypeKind</c> names them.</summary>
public enum TypeKind
{
#pragma warning disable CS1591 // The names are the spec's.
    SCALAR, OBJECT, INTERFACE, UNION, ENUM, INPUT_OBJECT, LIST, NON_NULL,
#pragma warning restore CS1591
}

/// <summary>Any GraphQL type: a named type or a list/non-null wrapper.</summary>
public interface IGraphQLType
{
    /// <summary>The kind of type.</summary>
    TypeKind Kind { get; }
}

/// <summary>Types that may be used for arguments, variables and input fields.</summary>
public interface IInputType : IGraphQLType { }

/// <summary>Types that may be used for fields.</summary>
public interface IOutputType : IGraphQLType { }

/// <summary>A named type (scalar, object, interface, union, enum, input object).</summary>
public interface INamedType : IGraphQLType
{
    /// <summary>The type name.</summary>
    string Name { get; }

    /// <summary>The description shown in introspection and SDL.</summary>
    string? Description { get; }

    /// <summary>Extension data for engine add-ons (paging, filtering, authorization).</summary>
    IDictionary<string, object?> ContextData { get; }
}

/// <summary>Object, interface or union: types with selection sets.</summary>
public interface ICompositeType : INamedType, IOutputType { }

/// <summary>Interface or union: types resolved to an object type at run time.</summary>
public interface IAbstractType : ICompositeType { }

/// <summary>Object or interface: types that declare fields.</summary>
public interface IComplexOutputType : ICompositeType
{
    /// <summary>The fields, in declaration order.</summary>
    FieldCollection<FieldDefinition> Fields { get; }

    /// <summary>The interfaces this type implements.</summary>
    IReadOnlyList<InterfaceType> Interfaces { get; }
}

/// <summary>Scalar or enum: types without sub-selections.</summary>
public interface ILeafType : INamedType, IInputType, IOutputType { }

/// <summary>Base of named types: name, description and extension data.</summary>
public abstract class NamedType : INamedType
{
    /// <summary>Creates a named type.</summary>
    protected NamedType(string name) => Name = name;

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; set; }

    /// <inheritdoc/>
    public abstract TypeKind Kind { get; }

    /// <inheritdoc/>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    /// <summary>The CLR type this GraphQL type was built from, if any.</summary>
    public Type? RuntimeType { get; set; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>A list of another type, <c>[T]</c>.</summary>
public sealed class ListType : IInputType, IOutputType
{
    /// <summary>Wraps a type in a list.</summary>
    public ListType(IGraphQLType ofType) => OfType = ofType ?? throw new ArgumentNullException(nameof(ofType));

    /// <summary>The item type.</summary>
    public IGraphQLType OfType { get; }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.LIST;

    /// <inheritdoc/>
    public override string ToString() => "[" + OfType + "]";
}

/// <summary>A non-null version of another type, <c>T!</c>.</summary>
public sealed class NonNullType : IInputType, IOutputType
{
    /// <summary>Wraps a nullable type.</summary>
    public NonNullType(IGraphQLType ofType)
    {
        if (ofType is NonNullType) throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        OfType = ofType ?? throw new ArgumentNullException(nameof(ofType));
    }

    /// <summary>The wrapped (nullable) type.</summary>
    public IGraphQLType OfType { get; }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.NON_NULL;

    /// <inheritdoc/>
    public override string ToString() => OfType + "!";
}

/// <summary>Questions about types asked everywhere (graphql-js <c>isInputType</c>, <c>getNamedType</c> …).</summary>
public static class TypeExtensions
{
    /// <summary>The innermost named type.</summary>
    public static INamedType NamedType(this IGraphQLType type)
    {
        while (true)
        {
            switch (type)
            {
                case ListType l: type = l.OfType; break;
                case NonNullType n: type = n.OfType; break;
                default: return (INamedType)type;
            }
        }
    }

    /// <summary>The type without a non-null wrapper.</summary>
    public static IGraphQLType NullableType(this IGraphQLType type) => type is NonNullType n ? n.OfType : type;

    /// <summary>True for <c>T!</c>.</summary>
    public static bool IsNonNull(this IGraphQLType type) => type is NonNullType;

    /// <summary>True for lists, with or without non-null.</summary>
    public static bool IsListType(this IGraphQLType type) => type.NullableType() is ListType;

    /// <summary>True when the named type is a scalar, enum or input object.</summary>
    public static bool IsInputType(this IGraphQLType type) => type.NamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>True when the named type is a scalar, enum, object, interface or union.</summary>
    public static bool IsOutputType(this IGraphQLType type) => type.NamedType() is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    /// <summary>True for scalars and enums.</summary>
    public static bool IsLeafType(this IGraphQLType type) => type is ScalarType or EnumType;

    /// <summary>True for objects, interfaces and unions.</summary>
    public static bool IsCompositeType(this IGraphQLType type) => type is ObjectType or InterfaceType or UnionType;

    /// <summary>True for interfaces and unions.</summary>
    public static bool IsAbstractType(this IGraphQLType type) => type is InterfaceType or UnionType;

    /// <summary>True for a required input (non-null without default).</summary>
    public static bool IsRequired(this InputValueDefinition value) => value.Type is NonNullType && value.DefaultValue is null;

    /// <summary>Fields of an object or interface type, or null for other types.</summary>
    public static bool TryGetFields(this IGraphQLType type, [NotNullWhen(true)] out FieldCollection<FieldDefinition>? fields)
    {
        fields = (type as IComplexOutputType)?.Fields;
        return fields is not null;
    }
}
