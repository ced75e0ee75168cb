namespace ReportGraph.GraphQL.Language;

/// <summary>The kind of a syntax node, one per grammar production (graphql-js <c>Kind</c>).</summary>
public enum SyntaxKind
{
#pragma warning disable CS1591 // The names are the spec's productions.
    Name, Document, OperationDefinition, VariableDefinition, SelectionSet, Field, Argument,
    FragmentSpread, InlineFragment, FragmentDefinition, Variable, IntValue, FloatValue, StringValue,
    BooleanValue, NullValue, EnumValue, ListValue, ObjectValue, ObjectField, Directive, NamedType,
    ListType, NonNullType, SchemaDefinition, OperationTypeDefinition, ScalarTypeDefinition,
    ObjectTypeDefinition, FieldDefinition, InputValueDefinition, InterfaceTypeDefinition,
    UnionTypeDefinition, EnumTypeDefinition, EnumValueDefinition, InputObjectTypeDefinition,
    DirectiveDefinition, SchemaExtension, ScalarTypeExtension, ObjectTypeExtension,
    InterfaceTypeExtension, UnionTypeExtension, EnumTypeExtension, InputObjectTypeExtension,
#pragma warning restore CS1591
}

/// <summary>The operation kinds (spec §2.3).</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,
    /// <summary>A write followed by a fetch.</summary>
    Mutation,
    /// <summary>A long-lived request that fetches data in response to source events.</summary>
    Subscription,
}

/// <summary>Base of every immutable syntax tree node.</summary>
public abstract class SyntaxNode
{
    /// <summary>The production this node represents.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node is in its source; null when parsed with <see cref="ParserOptions.NoLocation"/> or built in code.</summary>
    public Location? Location { get; init; }

    /// <summary>The child nodes in document order (a generic traversal; the engine walks documents with its typed <c>DocumentWalker</c>).</summary>
    public abstract IEnumerable<SyntaxNode> GetChildren();

    /// <summary>Prints the node as GraphQL text (graphql-js <c>print</c>).</summary>
    public override string ToString() => Printer.Print(this);

    internal static IEnumerable<SyntaxNode> Concat(params object?[] parts)
    {
        foreach (var part in parts)
        {
            if (part is SyntaxNode node)
            {
                yield return node;
            }
            else if (part is System.Collections.IEnumerable list)
            {
                foreach (var item in list)
                    if (item is SyntaxNode child) yield return child;
            }
        }
    }
}

/// <summary>Nodes that can carry directives.</summary>
public interface IHasDirectives
{
    /// <summary>The directives applied, in order.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>Nodes that have a name.</summary>
public interface INamedSyntaxNode
{
    /// <summary>The node's name.</summary>
    NameNode Name { get; }
}

/// <summary>A name (spec §2.1.9).</summary>
public sealed class NameNode : SyntaxNode
{
    /// <summary>Creates a name node.</summary>
    public NameNode(string value) => Value = value;
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Name;
    /// <summary>The name text.</summary>
    public string Value { get; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Array.Empty<SyntaxNode>();
}

/// <summary>A whole document: executable definitions and/or type system definitions (spec §2.2).</summary>
public sealed class DocumentNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Document;
    /// <summary>The definitions, in order.</summary>
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }
    /// <summary>Number of tokens read while parsing (0 when built in code).</summary>
    public int TokenCount { get; init; }
    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => Definitions;
}

/// <summary>Base of top-level definitions.</summary>
public abstract class DefinitionNode : SyntaxNode { }

/// <summary>Base of operation and fragment definitions.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
    /// <summary>The selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
    /// <summary>The variable definitions (fragments: only with the experimental fragment variables, normally empty).</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = Array.Empty<VariableDefinitionNode>();
}
