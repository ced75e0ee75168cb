namespace ReportGraph.GraphQL.Types;

/// <summary>An object type (spec §3.6): named fields, implemented interfaces.</summary>
public sealed class ObjectType : NamedType, IComplexOutputType
{
    private readonly List<InterfaceType> _interfaces = new();

    /// <summary>Creates an object type.</summary>
    public ObjectType(string name) : base(name) { }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.OBJECT;

    /// <inheritdoc/>
    public FieldCollection<FieldDefinition> Fields { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    /// <summary>Decides whether a runtime value belongs to this type (used when an abstract type has no ResolveType).</summary>
    public Func<object, bool>? IsTypeOf { get; set; }

    /// <summary>Declares an implemented interface.</summary>
    public ObjectType Implements(InterfaceType type)
    {
        if (!_interfaces.Contains(type)) _interfaces.Add(type);
        return this;
    }

    /// <summary>Adds a field and returns this type.</summary>
    public ObjectType AddField(FieldDefinition field)
    {
        Fields.Add(field);
        return this;
    }
}

/// <summary>An interface type (spec §3.7), which may itself implement interfaces.</summary>
public sealed class InterfaceType : NamedType, IComplexOutputType, IAbstractType
{
    private readonly List<InterfaceType> _interfaces = new();

    /// <summary>Creates an interface type.</summary>
    public InterfaceType(string name) : base(name) { }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.INTERFACE;

    /// <inheritdoc/>
    public FieldCollection<FieldDefinition> Fields { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    /// <summary>Picks the object type for a runtime value; when null, the schema asks each possible type's IsTypeOf and CLR type.</summary>
    public Func<object, Schema, ObjectType?>? ResolveType { get; set; }

    /// <summary>Declares an implemented interface.</summary>
    public InterfaceType Implements(InterfaceType type)
    {
        if (!_interfaces.Contains(type)) _interfaces.Add(type);
        return this;
    }

    /// <summary>Adds a field and returns this type.</summary>
    public InterfaceType AddField(FieldDefinition field)
    {
        Fields.Add(field);
        return this;
    }
}

/// <summary>A union type (spec §3.8): one of several object types.</summary>
public sealed class UnionType : NamedType, IAbstractType
{
    private readonly List<ObjectType> _types = new();

    /// <summary>Creates a union type.</summary>
    public UnionType(string name, IEnumerable<ObjectType>? types = null) : base(name)
    {
        if (types is not null) foreach (var t in types) AddType(t);
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.UNION;

    /// <summary>The member types.</summary>
    public IReadOnlyList<ObjectType> Types => _types;

    /// <summary>Picks the object type for a runtime value; when null, the schema asks each member's IsTypeOf and CLR type.</summary>
    public Func<object, Schema, ObjectType?>? ResolveType { get; set; }

    /// <summary>Adds a member type.</summary>
    public UnionType AddType(ObjectType type)
    {
        _types.Add(type);
        return this;
    }
}
