using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Analysis;

/// <summary>
/// Callbacks for <see cref="DocumentWalker"/>, one per node kind it enters or leaves. Override only what is needed:
/// the walker calls a visitor only for the callbacks it overrides, so unused hooks cost nothing. Validation rules
/// (<c>ValidationVisitor</c>), variable-usage collection and execution's document checks are all visitors.
/// </summary>
public abstract class DocumentVisitor
{
#pragma warning disable CS1591 // One hook per AST node kind; the names say which.
    public virtual void EnterDocument(DocumentNode node) { }
    public virtual void LeaveDocument(DocumentNode node) { }
    public virtual void EnterOperationDefinition(OperationDefinitionNode node) { }
    public virtual void LeaveOperationDefinition(OperationDefinitionNode node) { }
    public virtual void EnterVariableDefinition(VariableDefinitionNode node) { }
    public virtual void LeaveVariableDefinition(VariableDefinitionNode node) { }
    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node) { }
    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node) { }
    public virtual void EnterSelectionSet(SelectionSetNode node) { }
    public virtual void LeaveSelectionSet(SelectionSetNode node) { }
    public virtual void EnterField(FieldNode node) { }
    public virtual void LeaveField(FieldNode node) { }
    public virtual void EnterFragmentSpread(FragmentSpreadNode node) { }
    public virtual void EnterInlineFragment(InlineFragmentNode node) { }
    public virtual void LeaveInlineFragment(InlineFragmentNode node) { }
    public virtual void EnterDirective(DirectiveNode node) { }
    public virtual void LeaveDirective(DirectiveNode node) { }
    public virtual void EnterArgument(ArgumentNode node) { }
    public virtual void LeaveArgument(ArgumentNode node) { }
    /// <summary>Any value: list, object, variable, scalar, enum or null literal.</summary>
    public virtual void EnterValue(ValueNode node) { }
    public virtual void LeaveValue(ValueNode node) { }
    public virtual void EnterObjectField(ObjectFieldNode node) { }
    public virtual void LeaveObjectField(ObjectFieldNode node) { }
    /// <summary>A named type reference: in variable definitions, type conditions and type-system definitions.</summary>
    public virtual void EnterNamedType(NamedTypeNode node) { }
    /// <summary>A type-system definition or extension, or a field, argument, input field or enum value definition in one.</summary>
    public virtual void EnterTypeSystemNode(SyntaxNode node) { }
#pragma warning restore CS1591
}
