namespace ReportGraph.GraphQL.Language;

/// <summary>Base of type references (spec §2.11).</summary>
public abstract class TypeNode : SyntaxNode
{
    /// <summary>The innermost named type.</summary>
    public NamedTypeNode NamedType => this switch
    {
        NamedTypeNode n => n,
        ListTypeNode l => l.Type.NamedType,
        NonNullTypeNode nn => nn.Type.NamedType,
        _ => throw new InvalidOperationException(),
    };
}

/// <summary>A named type reference.</summary>
public sealed class NamedTypeNode : TypeNode, INamedSyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NamedType;
    /// <summary>The type name.</summary>
    public required NameNode Name { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name);
}

/// <summary>A list type reference <c>[T]</c>.</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListType;
    /// <summary>The item type.</summary>
    public required TypeNode Type { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Type);
}

/// <summary>A non-null type reference <c>T!</c>.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
    /// <summary>The wrapped type (named or list).</summary>
    public required TypeNode Type { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Type);
}
