namespace ReportGraph.GraphQL.Language;

/// <summary>Base of schema, type and directive definitions (spec §3).</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode { }

/// <summary>Base of schema and type extensions.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode, IHasDirectives
{
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

/// <summary>Base of named type definitions.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, IHasDirectives, INamedSyntaxNode
{
    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }
    /// <summary>The type name.</summary>
    public required NameNode Name { get; init; }
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

/// <summary>Base of named type extensions.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode, INamedSyntaxNode
{
    /// <summary>The extended type's name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary><c>schema @d { query: Q }</c>.</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
    /// <summary>The root operation types.</summary>
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Description, Directives, OperationTypes);
}

/// <summary><c>query: TypeName</c> inside a schema definition.</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
    /// <summary>The operation.</summary>
    public OperationType Operation { get; init; }
    /// <summary>The root type.</summary>
    public required NamedTypeNode Type { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Type);
}

/// <summary><c>scalar Name @d</c>.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Description, Name, Directives);
}

/// <summary><c>type Name implements I @d { fields }</c>.</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
    /// <summary>Implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = Array.Empty<NamedTypeNode>();
    /// <summary>Field definitions.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = Array.Empty<FieldDefinitionNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Description, Name, Interfaces, Directives, Fields);
}

/// <summary>A field definition <c>name(args): Type @d</c>.</summary>
public sealed class FieldDefinitionNode : SyntaxNode, IHasDirectives, INamedSyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }
    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>Argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = Array.Empty<InputValueDefinitionNode>();
    /// <summary>The field type.</summary>
    public required TypeNode Type { get; init; }
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Description, Name, Arguments, Type, Directives);
}

/// <summary>An argument or input field definition <c>name: Type = default @d</c>.</summary>
public sealed class InputValueDefinitionNode : SyntaxNode, IHasDirectives, INamedSyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }
    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>The type.</summary>
    public required TypeNode Type { get; init; }
    /// <summary>The default value, if any.</summary>
    public ValueNode? DefaultValue { get; init; }
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Description, Name, Type, DefaultValue, Directives);
}

/// <summary><c>interface Name implements I @d { fields }</c>.</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
    /// <summary>Implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = Array.Empty<NamedTypeNode>();
    /// <summary>Field definitions.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = Array.Empty<FieldDefinitionNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Description, Name, Interfaces, Directives, Fields);
}

/// <summary><c>union Name @d = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
    /// <summary>Member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = Array.Empty<NamedTypeNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Description, Name, Directives, Types);
}

/// <summary><c>enum Name @d { VALUES }</c>.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
    /// <summary>Values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = Array.Empty<EnumValueDefinitionNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Description, Name, Directives, Values);
}

/// <summary>One enum value definition.</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode, IHasDirectives, INamedSyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }
    /// <summary>The value name.</summary>
    public required NameNode Name { get; init; }
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Description, Name, Directives);
}

/// <summary><c>input Name @d { fields }</c>.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
    /// <summary>Input field definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = Array.Empty<InputValueDefinitionNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Description, Name, Directives, Fields);
}

/// <summary><c>directive @name(args) repeatable on LOCATIONS</c>.</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode, INamedSyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }
    /// <summary>The directive name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>Argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = Array.Empty<InputValueDefinitionNode>();
    /// <summary>True when the directive may appear more than once per location.</summary>
    public bool Repeatable { get; init; }
    /// <summary>Locations, as names (e.g. FIELD_DEFINITION).</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Description, Name, Arguments, Locations);
}

/// <summary><c>extend schema @d { ... }</c>.</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
    /// <summary>Added root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = Array.Empty<OperationTypeDefinitionNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Directives, OperationTypes);
}

/// <summary><c>extend scalar Name @d</c>.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name, Directives);
}

/// <summary><c>extend type Name ...</c>.</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
    /// <summary>Added interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = Array.Empty<NamedTypeNode>();
    /// <summary>Added fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = Array.Empty<FieldDefinitionNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name, Interfaces, Directives, Fields);
}

/// <summary><c>extend interface Name ...</c>.</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
    /// <summary>Added interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = Array.Empty<NamedTypeNode>();
    /// <summary>Added fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = Array.Empty<FieldDefinitionNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name, Interfaces, Directives, Fields);
}

/// <summary><c>extend union Name ...</c>.</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
    /// <summary>Added member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = Array.Empty<NamedTypeNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name, Directives, Types);
}

/// <summary><c>extend enum Name ...</c>.</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
    /// <summary>Added values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = Array.Empty<EnumValueDefinitionNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name, Directives, Values);
}

/// <summary><c>extend input Name ...</c>.</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
    /// <summary>Added input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = Array.Empty<InputValueDefinitionNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name, Directives, Fields);
}
