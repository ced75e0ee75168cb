using ReportGraph.GraphQL.Introspection;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Analysis;

/// <summary>
/// The schema types at the walker's position (graphql-js <c>utilities/TypeInfo</c>): parent type, field definition,
/// output or input type, argument, directive and enum value. <see cref="DocumentWalker"/> keeps it current through one
/// typed method per node kind instead of a type switch per node.
/// </summary>
internal sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IGraphQLType?> _typeStack = new();
    private readonly List<ICompositeType?> _parentTypeStack = new();
    private readonly List<IGraphQLType?> _inputTypeStack = new();
    private readonly List<FieldDefinition?> _fieldDefStack = new();
    private readonly List<ValueNode?> _defaultValueStack = new();

    public TypeInfo(Schema schema) => _schema = schema;

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
        var def = parent is null ? null : GetFieldDefinition(_schema, parent, node.Name.Value);
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
        _ => FromAst(_schema, node),
    };

    /// <summary>
    /// The definition of a field on a parent type, including the introspection meta-fields
    /// (<c>__schema</c> and <c>__type</c> on the query type, <c>__typename</c> on any composite type; spec §4.1).
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, ICompositeType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (fieldName == "__typename") return IntrospectionFields.TypeName;
            if (ReferenceEquals(parentType, schema.QueryType))
            {
                if (fieldName == "__schema") return IntrospectionFields.Schema;
                if (fieldName == "__type") return IntrospectionFields.Type;
            }
        }
        return parentType is IComplexOutputType complex ? complex.Fields.Find(fieldName) : null;
    }

    /// <summary>The schema type a type reference denotes, or null when a named type is unknown (graphql-js <c>typeFromAST</c>).</summary>
    public static IGraphQLType? FromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode n => schema.GetType(n.Name.Value),
        ListTypeNode l => FromAst(schema, l.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nn => FromAst(schema, nn.Type) is { } inner2 ? new NonNullType(inner2) : null,
        _ => null,
    };
}
