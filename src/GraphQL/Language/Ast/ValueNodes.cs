namespace ReportGraph.GraphQL.Language;

/// <summary>Base of input values (spec §2.9).</summary>
public abstract class ValueNode : SyntaxNode { }

/// <summary>A variable reference <c>$name</c>.</summary>
public sealed class VariableNode : ValueNode, INamedSyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Variable;
    /// <summary>The variable name (without $).</summary>
    public required NameNode Name { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name);
}

/// <summary>An integer literal, kept as text so that range checks happen at coercion.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <summary>Creates an integer literal.</summary>
    public IntValueNode(string value) => Value = value;
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.IntValue;
    /// <summary>The literal text.</summary>
    public string Value { get; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Array.Empty<SyntaxNode>();
}

/// <summary>A float literal, kept as text.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <summary>Creates a float literal.</summary>
    public FloatValueNode(string value) => Value = value;
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
    /// <summary>The literal text.</summary>
    public string Value { get; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Array.Empty<SyntaxNode>();
}

/// <summary>A string literal (quoted or block).</summary>
public sealed class StringValueNode : ValueNode
{
    /// <summary>Creates a string literal.</summary>
    public StringValueNode(string value, bool block = false) { Value = value; Block = block; }
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.StringValue;
    /// <summary>The decoded value.</summary>
    public string Value { get; }
    /// <summary>True when written as a block string.</summary>
    public bool Block { get; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Array.Empty<SyntaxNode>();
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <summary>Creates a boolean literal.</summary>
    public BooleanValueNode(bool value) => Value = value;
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
    /// <summary>The value.</summary>
    public bool Value { get; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Array.Empty<SyntaxNode>();
}

/// <summary><c>null</c>.</summary>
public sealed class NullValueNode : ValueNode
{
    /// <summary>A shared instance without location.</summary>
    public static readonly NullValueNode Instance = new();
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NullValue;
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Array.Empty<SyntaxNode>();
}

/// <summary>An enum value literal (a name other than true, false, null).</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <summary>Creates an enum literal.</summary>
    public EnumValueNode(string value) => Value = value;
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
    /// <summary>The enum value name.</summary>
    public string Value { get; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Array.Empty<SyntaxNode>();
}

/// <summary>A list literal <c>[a, b]</c>.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListValue;
    /// <summary>The items.</summary>
    public required IReadOnlyList<ValueNode> Values { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Values;
}

/// <summary>An input object literal <c>{ a: 1 }</c>.</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
    /// <summary>The fields, in order.</summary>
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Fields;
}

/// <summary>One field of an input object literal.</summary>
public sealed class ObjectFieldNode : SyntaxNode, INamedSyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>The value.</summary>
    public required ValueNode Value { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name, Value);
}
