using ReportGraph.GraphQL.Introspection;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>
/// Tracks the schema types while a document is walked (graphql-js <c>TypeInfo</c>): the parent type, the field
/// definition, the output or input type, the argument, the directive and the enum value at the current node.
/// Use with <see cref="TypeInfoVisitor"/>.
/// </summary>
public sealed class TypeInfo
{
    private readonly List<IGraphQLType?> _typeStack = new();
    private readonly List<ICompositeType?> _parentTypeStack = new();
    private readonly List<IGraphQLType?> _inputTypeStack = new();
    private readonly List<FieldDefinition?> _fieldDefStack = new();
    private readonly List<ValueNode?> _defaultValueStack = new();

    /// <summary>Creates a tracker for a schema.</summary>
    public TypeInfo(Schema schema) => Schema = schema;

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The output type of the current field, fragment or operation.</summary>
    public IGraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set we are in.</summary>
    public ICompositeType? ParentType => Top(_parentTypeStack);

    /// <summary>The expected input type at the current argument, list item, object field or variable definition.</summary>
    public IGraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type enclosing the current one.</summary>
    public IGraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The current field's definition.</summary>
    public FieldDefinition? FieldDefinition => Top(_fieldDefStack);

    /// <summary>The default value of the current argument or input field.</summary>
    public ValueNode? DefaultValue => Top(_defaultValueStack);

    /// <summary>The current directive's definition.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The current argument's definition.</summary>
    public ArgumentDefinition? Argument { get; private set; }

    /// <summary>The current enum value's definition.</summary>
    public EnumValueDefinition? EnumValue { get; private set; }

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count == 0 ? null : stack[^1];

    /// <summary>Updates the state when entering a node.</summary>
    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.Add(Type?.NamedType() as ICompositeType);
                break;
            case FieldNode field:
            {
                var parent = ParentType;
                var def = parent is null ? null : GetFieldDefinition(Schema, parent, field.Name.Value);
                _fieldDefStack.Add(def);
                _typeStack.Add(def is not null && def.Type.IsOutputType() ? def.Type : null);
                break;
            }
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
            {
                var type = inline.TypeCondition is null ? Type?.NamedType() : FromAst(Schema, inline.TypeCondition);
                _typeStack.Add(type is not null && type.IsOutputType() ? type : null);
                break;
            }
            case FragmentDefinitionNode fragment:
            {
                var type = FromAst(Schema, fragment.TypeCondition);
                _typeStack.Add(type is not null && type.IsOutputType() ? type : null);
                break;
            }
            case VariableDefinitionNode variable:
            {
                var type = FromAst(Schema, variable.Type);
                _inputTypeStack.Add(type is not null && type.IsInputType() ? type : null);
                break;
            }
            case ArgumentNode argument:
            {
                ArgumentDefinition? def = null;
                if (Directive is not null) def = Directive.Arguments.Find(argument.Name.Value);
                else if (FieldDefinition is not null) def = FieldDefinition.Arguments.Find(argument.Name.Value);
                Argument = def;
                _defaultValueStack.Add(def?.DefaultValue);
                _inputTypeStack.Add(def is not null && def.Type.IsInputType() ? def.Type : null);
                break;
            }
            case ListValueNode:
            {
                var listType = InputType?.NullableType();
                var itemType = listType is ListType l ? l.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            }
            case ObjectFieldNode objectField:
            {
                InputFieldDefinition? def = null;
                if (InputType?.NamedType() is InputObjectType inputObject) def = inputObject.Fields.Find(objectField.Name.Value);
                _defaultValueStack.Add(def?.DefaultValue);
                _inputTypeStack.Add(def is not null && def.Type.IsInputType() ? def.Type : null);
                break;
            }
            case EnumValueNode enumValue:
                EnumValue = InputType?.NamedType() is EnumType enumType ? enumType.Values.Find(enumValue.Value) : null;
                break;
        }
    }

    /// <summary>Updates the state when leaving a node.</summary>
    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode: Pop(_parentTypeStack); break;
            case FieldNode: Pop(_fieldDefStack); Pop(_typeStack); break;
            case DirectiveNode: Directive = null; break;
            case OperationDefinitionNode:
            case InlineFragmentNode:
            case FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode: Pop(_inputTypeStack); break;
            case ArgumentNode: Argument = null; Pop(_defaultValueStack); Pop(_inputTypeStack); break;
            case ListValueNode:
            case ObjectFieldNode:
                Pop(_defaultValueStack); Pop(_inputTypeStack);
                break;
            case EnumValueNode: EnumValue = null; break;
        }
    }

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
    }

    /// <summary>
    /// The definition of a field on a parent type, including the introspection meta-fields
    /// (<c>__schema</c> and <c>__type</c> on the query type, <c>__typename</c> on any composite type).
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

    /// <summary>The schema type a type reference denotes, or null when a named type is unknown.</summary>
    public static IGraphQLType? FromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode n => schema.GetType(n.Name.Value),
        ListTypeNode l => FromAst(schema, l.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nn => FromAst(schema, nn.Type) is { } inner2 ? new NonNullType(inner2) : null,
        _ => null,
    };
}

/// <summary>Runs a visitor while keeping a <see cref="TypeInfo"/> up to date (graphql-js <c>visitWithTypeInfo</c>).</summary>
public sealed class TypeInfoVisitor : SyntaxVisitor
{
    private readonly TypeInfo _typeInfo;
    private readonly SyntaxVisitor _inner;

    /// <summary>Wraps a visitor.</summary>
    public TypeInfoVisitor(TypeInfo typeInfo, SyntaxVisitor inner)
    {
        _typeInfo = typeInfo;
        _inner = inner;
    }

    /// <inheritdoc/>
    public override VisitorAction Enter(SyntaxNode node, SyntaxWalkContext context)
    {
        _typeInfo.Enter(node);
        var action = _inner.Enter(node, context);
        if (action != VisitorAction.Continue) _typeInfo.Leave(node);
        return action;
    }

    /// <inheritdoc/>
    public override VisitorAction Leave(SyntaxNode node, SyntaxWalkContext context)
    {
        var action = _inner.Leave(node, context);
        _typeInfo.Leave(node);
        return action;
    }
}
