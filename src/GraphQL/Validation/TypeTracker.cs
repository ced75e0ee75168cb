using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// The schema types at the walker's position (graphql-js TypeInfo), updated by <see cref="DocumentWalker"/> through
/// one typed method per node kind instead of a type switch per node.
/// </summary>
internal sealed class TypeTracker
{
    private readonly Schema _schema;
    private readonly List<IGraphQLType?> _typeStack = new();
    private readonly List<ICompositeType?> _parentTypeStack = new();
    private readonly List<IGraphQLType?> _inputTypeStack = new();
    private readonly List<FieldDefinition?> _fieldDefStack = new();
    private readonly List<ValueNode?> _defaultValueStack = new();

    public TypeTracker(Schema schema) => _schema = schema;

    public IGraphQLType? Type => _typeStack.Count == 0 ? null : _typeStack[^1];
    public ICompositeType? ParentType => _parentTypeStack.Count == 0 ? null : _parentTypeStack[^1];
    public IGraphQLType? InputType => _inputTypeStack.Count == 0 ? null : _inputTypeStack[^1];
    public IGraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;
    public FieldDefinition? FieldDefinition => _fieldDefStack.Count == 0 ? null : _fieldDefStack[^1];
    public ValueNode? DefaultValue => _defaultValueStack.Count == 0 ? null : _defaultValueStack[^1];
    public DirectiveDefinition? Directive { get; private set; }
    /// <summary>The node the directives being walked are applied to (operation, field, fragment, variable definition).</summary>
    public SyntaxNode? DirectiveOwner { get; set; }
    /// <summary>The location of <see cref="DirectiveOwner"/> (QUERY, FIELD, ..., or a type-system location).</summary>
    public DirectiveLocation? DirectiveLocation { get; set; }
    /// <summary>True while a type-system definition or extension of the document is walked.</summary>
    public bool InTypeSystemDefinition { get; set; }
    public ArgumentDefinition? Argument { get; private set; }
    public EnumValueDefinition? EnumValue { get; private set; }

    public void EnterSelectionSet() => _parentTypeStack.Add(Type?.NamedType() as ICompositeType);
    public void LeaveSelectionSet() => _parentTypeStack.RemoveAt(_parentTypeStack.Count - 1);

    public void EnterField(FieldNode node)
    {
        var parent = ParentType;
        var def = parent is null ? null : Types.TypeInfo.GetFieldDefinition(_schema, parent, node.Name.Value);
        _fieldDefStack.Add(def);
        _typeStack.Add(def is not null && def.Type.IsOutputType() ? def.Type : null);
    }

    public void LeaveField()
    {
        _fieldDefStack.RemoveAt(_fieldDefStack.Count - 1);
        _typeStack.RemoveAt(_typeStack.Count - 1);
    }

    public void EnterDirective(DirectiveNode node) => Directive = _schema.GetDirective(node.Name.Value);
    public void LeaveDirective() => Directive = null;

    public void EnterOperation(OperationDefinitionNode node) => _typeStack.Add(_schema.GetRootType(node.Operation));

    public void EnterInlineFragment(InlineFragmentNode node)
    {
        var type = node.TypeCondition is null ? Type?.NamedType() : TypeFromAst(node.TypeCondition);
        _typeStack.Add(type is not null && type.IsOutputType() ? type : null);
    }

    public void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var type = TypeFromAst(node.TypeCondition);
        _typeStack.Add(type is not null && type.IsOutputType() ? type : null);
    }

    /// <summary>Leaves an operation, inline fragment or fragment definition.</summary>
    public void LeaveTypeScope() => _typeStack.RemoveAt(_typeStack.Count - 1);

    public void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = TypeFromAst(node.Type);
        _inputTypeStack.Add(type is not null && type.IsInputType() ? type : null);
    }

    public void LeaveVariableDefinition() => _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);

    public void EnterArgument(ArgumentNode node)
    {
        ArgumentDefinition? def = null;
        if (Directive is { } directive) def = directive.Arguments.Find(node.Name.Value);
        else if (FieldDefinition is { } field) def = field.Arguments.Find(node.Name.Value);
        Argument = def;
        _defaultValueStack.Add(def?.DefaultValue);
        _inputTypeStack.Add(def is not null && def.Type.IsInputType() ? def.Type : null);
    }

    public void LeaveArgument()
    {
        Argument = null;
        _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
        _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
    }

    public void EnterListValue()
    {
        var listType = InputType?.NullableType();
        var itemType = listType is ListType list ? list.OfType : listType;
        _defaultValueStack.Add(null);
        _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
    }

    public void EnterObjectField(ObjectFieldNode node)
    {
        InputFieldDefinition? def = null;
        if (InputType?.NamedType() is InputObjectType inputObject) def = inputObject.Fields.Find(node.Name.Value);
        _defaultValueStack.Add(def?.DefaultValue);
        _inputTypeStack.Add(def is not null && def.Type.IsInputType() ? def.Type : null);
    }

    /// <summary>Leaves a list value or an object field.</summary>
    public void LeaveInputScope()
    {
        _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
        _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
    }

    public void EnterEnumValue(EnumValueNode node) =>
        EnumValue = InputType?.NamedType() is EnumType enumType ? enumType.Values.Find(node.Value) : null;

    public void LeaveEnumValue() => EnumValue = null;

    private IGraphQLType? TypeFromAst(TypeNode node) => node switch
    {
        NamedTypeNode named => _schema.GetType(named.Name.Value),
        _ => Types.TypeInfo.FromAst(_schema, node),
    };
}
