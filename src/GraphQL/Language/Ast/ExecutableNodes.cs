namespace ReportGraph.GraphQL.Language;

/// <summary>An operation: <c>query Name($v: T) @d { ... }</c> or the shorthand <c>{ ... }</c> (spec §2.3).</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
    /// <summary>query, mutation or subscription.</summary>
    public OperationType Operation { get; init; }
    /// <summary>The operation name, if any.</summary>
    public NameNode? Name { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name, VariableDefinitions, Directives, SelectionSet);
}

/// <summary>A variable definition <c>$name: Type = default @directive</c> (spec §2.10).</summary>
public sealed class VariableDefinitionNode : SyntaxNode, IHasDirectives
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
    /// <summary>The variable.</summary>
    public required VariableNode Variable { get; init; }
    /// <summary>The declared type.</summary>
    public required TypeNode Type { get; init; }
    /// <summary>The default value, if any.</summary>
    public ValueNode? DefaultValue { get; init; }
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Variable, Type, DefaultValue, Directives);
}

/// <summary>A selection set <c>{ ... }</c> (spec §2.4).</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
    /// <summary>The selections, in order.</summary>
    public required IReadOnlyList<SelectionNode> Selections { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Selections;
}

/// <summary>Base of fields, fragment spreads and inline fragments.</summary>
public abstract class SelectionNode : SyntaxNode, IHasDirectives
{
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

/// <summary>A field selection <c>alias: name(args) @d { ... }</c> (spec §2.5).</summary>
public sealed class FieldNode : SelectionNode, INamedSyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Field;
    /// <summary>The alias, if any.</summary>
    public NameNode? Alias { get; init; }
    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = Array.Empty<ArgumentNode>();
    /// <summary>Sub-selections, if any.</summary>
    public SelectionSetNode? SelectionSet { get; init; }
    /// <summary>The key under which the result appears: the alias or the name.</summary>
    public string ResponseKey => (Alias ?? Name).Value;
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Alias, Name, Arguments, Directives, SelectionSet);
}

/// <summary>An argument <c>name: value</c> (spec §2.6).</summary>
public sealed class ArgumentNode : SyntaxNode, INamedSyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Argument;
    /// <summary>The argument name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>The value.</summary>
    public required ValueNode Value { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name, Value);
}

/// <summary>A named fragment spread <c>...Name @d</c> (spec §2.8).</summary>
public sealed class FragmentSpreadNode : SelectionNode, INamedSyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
    /// <summary>The fragment name.</summary>
    public required NameNode Name { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name, Directives);
}

/// <summary>An inline fragment <c>... on Type @d { ... }</c> (spec §2.8.2).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
    /// <summary>The type condition, if any.</summary>
    public NamedTypeNode? TypeCondition { get; init; }
    /// <summary>The selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(TypeCondition, Directives, SelectionSet);
}

/// <summary>A fragment definition <c>fragment Name on Type @d { ... }</c> (spec §2.8).</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode, INamedSyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
    /// <summary>The fragment name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>The type condition.</summary>
    public required NamedTypeNode TypeCondition { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name, VariableDefinitions, TypeCondition, Directives, SelectionSet);
}

/// <summary>A directive application <c>@name(args)</c> (spec §2.12).</summary>
public sealed class DirectiveNode : SyntaxNode, INamedSyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Directive;
    /// <summary>The directive name (without @).</summary>
    public required NameNode Name { get; init; }
    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = Array.Empty<ArgumentNode>();
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Concat(Name, Arguments);
}
