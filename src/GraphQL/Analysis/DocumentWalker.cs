using System.Collections.Concurrent;
using System.Reflection;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Analysis;

/// <summary>
/// The engine's one document walker: validation rules, variable-usage collection and execution's document checks all
/// plug in as <see cref="DocumentVisitor"/>s. It walks in graphql-js visiting order, keeping a <see cref="TypeInfo"/>
/// current and calling every visitor that overrides the hook for the node (graphql-js <c>visitInParallel</c> +
/// <c>visitWithTypeInfo</c>). Dispatch is typed — no per-node type tests or child enumerators — and a hook costs
/// nothing for visitors that do not override it. Type-system definitions in a request document are an error
/// (<c>ExecutableDefinitionsRule</c>), but they are walked too — their type references, directives and values —
/// so that the validation rules report what graphql-js reports about them.
/// </summary>
/// <remarks>
/// Fragment spreads are reported (<see cref="DocumentVisitor.EnterFragmentSpread"/>), never followed: each fragment
/// definition is walked once, on its own, by <see cref="WalkDocument"/> or <see cref="WalkFragmentDefinition"/>. An
/// analysis that needs what a spread brings in can therefore compute a result per fragment once and reuse it at every
/// spread, which keeps it linear in the size of the document.
/// </remarks>
internal sealed class DocumentWalker
{
    private enum Hook
    {
        EnterDocument, LeaveDocument, EnterOperationDefinition, LeaveOperationDefinition, EnterVariableDefinition,
        LeaveVariableDefinition, EnterFragmentDefinition, LeaveFragmentDefinition, EnterSelectionSet, LeaveSelectionSet,
        EnterField, LeaveField, EnterFragmentSpread, EnterInlineFragment, LeaveInlineFragment, EnterDirective,
        LeaveDirective, EnterArgument, LeaveArgument, EnterValue, LeaveValue, EnterObjectField, LeaveObjectField,
        EnterNamedType, EnterTypeSystemNode,
    }

    private static readonly int HookCount = Enum.GetValues<Hook>().Length;
    private static readonly ConcurrentDictionary<Type, bool[]> OverridesByType = new();

    private readonly TypeInfo _types;
    private readonly DocumentVisitor[][] _byHook;

    private readonly bool _skipVariableDefinitions;
    private readonly CancellationToken _cancellationToken;
    private int _untilCancellationCheck = CancellationCheckInterval;

    /// <summary>How many nodes are walked between two looks at the cancellation token (a look is cheap, but not free).</summary>
    private const int CancellationCheckInterval = 256;

    /// <param name="types">The type tracker to keep current.</param>
    /// <param name="visitors">The visitors, called in this order for each node.</param>
    /// <param name="skipVariableDefinitions">True to not walk variable definitions (for collecting variable usages).</param>
    /// <param name="cancellationToken">
    /// The request's token (its time budget and the client's disconnect): looked at every few hundred nodes, so that
    /// walking a large document stops like execution does, with an <see cref="OperationCanceledException"/>.
    /// </param>
    public DocumentWalker(TypeInfo types, IReadOnlyList<DocumentVisitor> visitors, bool skipVariableDefinitions = false,
        CancellationToken cancellationToken = default)
    {
        _types = types;
        _skipVariableDefinitions = skipVariableDefinitions;
        _cancellationToken = cancellationToken;
        var overrides = new bool[visitors.Count][];
        var counts = new int[HookCount];
        for (int i = 0; i < visitors.Count; i++)
        {
            overrides[i] = OverridesByType.GetOrAdd(visitors[i].GetType(), FindOverrides);
            for (int h = 0; h < HookCount; h++)
                if (overrides[i][h]) counts[h]++;
        }
        _byHook = new DocumentVisitor[HookCount][];
        for (int h = 0; h < HookCount; h++)
        {
            var array = counts[h] == 0 ? Array.Empty<DocumentVisitor>() : new DocumentVisitor[counts[h]];
            int n = 0;
            for (int i = 0; i < visitors.Count && n < array.Length; i++)
                if (overrides[i][h]) array[n++] = visitors[i];
            _byHook[h] = array;
        }
    }

    private static bool[] FindOverrides(Type visitorType)
    {
        var result = new bool[HookCount];
        foreach (var hook in Enum.GetValues<Hook>())
        {
            var method = visitorType.GetMethod(hook.ToString(), BindingFlags.Public | BindingFlags.Instance);
            result[(int)hook] = method is not null && method.DeclaringType != typeof(DocumentVisitor);
        }
        return result;
    }

    private DocumentVisitor[] V(Hook hook) => _byHook[(int)hook];

    private void CountNode()
    {
        if (--_untilCancellationCheck > 0) return;
        _untilCancellationCheck = CancellationCheckInterval;
        _cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Walks every definition of the document, in order.</summary>
    public void WalkDocument(DocumentNode node)
    {
        foreach (var v in V(Hook.EnterDocument)) v.EnterDocument(node);
        foreach (var definition in node.Definitions)
        {
            CountNode();
            switch (definition)
            {
                case OperationDefinitionNode operation: WalkOperation(operation); break;
                case FragmentDefinitionNode fragment: WalkFragmentDefinition(fragment); break;
                default:
                    _types.InTypeSystemDefinition = true;
                    WalkTypeSystemDefinition(definition);
                    _types.InTypeSystemDefinition = false;
                    break;
            }
        }
        foreach (var v in V(Hook.LeaveDocument)) v.LeaveDocument(node);
    }

    /// <summary>Walks one operation (its variable definitions, directives and selections; spreads are not followed).</summary>
    public void WalkOperation(OperationDefinitionNode node)
    {
        _types.EnterOperation(node);
        foreach (var v in V(Hook.EnterOperationDefinition)) v.EnterOperationDefinition(node);
        foreach (var variable in node.VariableDefinitions) WalkVariableDefinition(variable);
        WalkDirectives(node, node.Directives);
        WalkSelectionSet(node.SelectionSet);
        foreach (var v in V(Hook.LeaveOperationDefinition)) v.LeaveOperationDefinition(node);
        _types.LeaveTypeScope();
    }

    /// <summary>Walks one fragment definition on its own (spreads inside it are not followed).</summary>
    public void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        _types.EnterFragmentDefinition(node);
        foreach (var v in V(Hook.EnterFragmentDefinition)) v.EnterFragmentDefinition(node);
        foreach (var variable in node.VariableDefinitions) WalkVariableDefinition(variable);
        WalkNamedType(node.TypeCondition);
        WalkDirectives(node, node.Directives);
        WalkSelectionSet(node.SelectionSet);
        foreach (var v in V(Hook.LeaveFragmentDefinition)) v.LeaveFragmentDefinition(node);
        _types.LeaveTypeScope();
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        if (_skipVariableDefinitions) return;
        _types.EnterVariableDefinition(node);
        foreach (var v in V(Hook.EnterVariableDefinition)) v.EnterVariableDefinition(node);
        WalkTypeReference(node.Type);
        if (node.DefaultValue is { } defaultValue) WalkValue(defaultValue);
        WalkDirectives(node, node.Directives);
        foreach (var v in V(Hook.LeaveVariableDefinition)) v.LeaveVariableDefinition(node);
        _types.LeaveVariableDefinition();
    }

    private void WalkTypeReference(TypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named: WalkNamedType(named); break;
            case ListTypeNode list: WalkTypeReference(list.Type); break;
            case NonNullTypeNode nonNull: WalkTypeReference(nonNull.Type); break;
        }
    }

    private void WalkNamedType(NamedTypeNode node)
    {
        foreach (var v in V(Hook.EnterNamedType)) v.EnterNamedType(node);
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        CountNode();
        _types.EnterSelectionSet();
        foreach (var v in V(Hook.EnterSelectionSet)) v.EnterSelectionSet(node);
        foreach (var selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field: WalkField(field); break;
                case FragmentSpreadNode spread: WalkFragmentSpread(spread); break;
                case InlineFragmentNode inline: WalkInlineFragment(inline); break;
            }
        }
        foreach (var v in V(Hook.LeaveSelectionSet)) v.LeaveSelectionSet(node);
        _types.LeaveSelectionSet();
    }

    private void WalkField(FieldNode node)
    {
        CountNode();
        _types.EnterField(node);
        foreach (var v in V(Hook.EnterField)) v.EnterField(node);
        foreach (var argument in node.Arguments) WalkArgument(argument);
        WalkDirectives(node, node.Directives);
        if (node.SelectionSet is { } selectionSet) WalkSelectionSet(selectionSet);
        foreach (var v in V(Hook.LeaveField)) v.LeaveField(node);
        _types.LeaveField();
    }

    private void WalkFragmentSpread(FragmentSpreadNode node)
    {
        foreach (var v in V(Hook.EnterFragmentSpread)) v.EnterFragmentSpread(node);
        WalkDirectives(node, node.Directives);
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _types.EnterInlineFragment(node);
        foreach (var v in V(Hook.EnterInlineFragment)) v.EnterInlineFragment(node);
        if (node.TypeCondition is { } condition) WalkNamedType(condition);
        WalkDirectives(node, node.Directives);
        WalkSelectionSet(node.SelectionSet);
        foreach (var v in V(Hook.LeaveInlineFragment)) v.LeaveInlineFragment(node);
        _types.LeaveTypeScope();
    }

    private void WalkDirectives(SyntaxNode owner, IReadOnlyList<DirectiveNode> directives, DirectiveLocation? location = null)
    {
        if (directives.Count == 0) return;
        CountNode();
        _types.DirectiveOwner = owner;
        _types.DirectiveLocation = location ?? ExecutableLocation(owner);
        for (int i = 0; i < directives.Count; i++)
        {
            var node = directives[i];
            _types.EnterDirective(node);
            foreach (var v in V(Hook.EnterDirective)) v.EnterDirective(node);
            foreach (var argument in node.Arguments) WalkArgument(argument);
            foreach (var v in V(Hook.LeaveDirective)) v.LeaveDirective(node);
            _types.LeaveDirective();
        }
    }

    private void WalkArgument(ArgumentNode node)
    {
        _types.EnterArgument(node);
        foreach (var v in V(Hook.EnterArgument)) v.EnterArgument(node);
        WalkValue(node.Value);
        foreach (var v in V(Hook.LeaveArgument)) v.LeaveArgument(node);
        _types.LeaveArgument();
    }

    private void WalkValue(ValueNode node)
    {
        CountNode();
        switch (node)
        {
            case ListValueNode list:
                _types.EnterListValue();
                foreach (var v in V(Hook.EnterValue)) v.EnterValue(node);
                foreach (var item in list.Values) WalkValue(item);
                foreach (var v in V(Hook.LeaveValue)) v.LeaveValue(node);
                _types.LeaveInputScope();
                break;
            case ObjectValueNode obj:
                foreach (var v in V(Hook.EnterValue)) v.EnterValue(node);
                foreach (var field in obj.Fields) WalkObjectField(field);
                foreach (var v in V(Hook.LeaveValue)) v.LeaveValue(node);
                break;
            case EnumValueNode enumValue:
                _types.EnterEnumValue(enumValue);
                foreach (var v in V(Hook.EnterValue)) v.EnterValue(node);
                foreach (var v in V(Hook.LeaveValue)) v.LeaveValue(node);
                _types.LeaveEnumValue();
                break;
            default:
                foreach (var v in V(Hook.EnterValue)) v.EnterValue(node);
                foreach (var v in V(Hook.LeaveValue)) v.LeaveValue(node);
                break;
        }
    }

    private void WalkObjectField(ObjectFieldNode node)
    {
        _types.EnterObjectField(node);
        foreach (var v in V(Hook.EnterObjectField)) v.EnterObjectField(node);
        WalkValue(node.Value);
        foreach (var v in V(Hook.LeaveObjectField)) v.LeaveObjectField(node);
        _types.LeaveInputScope();
    }

    private static DirectiveLocation? ExecutableLocation(SyntaxNode owner) => owner switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.QUERY,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.MUTATION,
        OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.SUBSCRIPTION,
        FieldNode => DirectiveLocation.FIELD,
        FragmentSpreadNode => DirectiveLocation.FRAGMENT_SPREAD,
        InlineFragmentNode => DirectiveLocation.INLINE_FRAGMENT,
        FragmentDefinitionNode => DirectiveLocation.FRAGMENT_DEFINITION,
        VariableDefinitionNode => DirectiveLocation.VARIABLE_DEFINITION,
        _ => null,
    };

    // Type-system definitions, in graphql-js's key order (descriptions are not visited by validation).

    private void EnterTypeSystemNode(SyntaxNode node)
    {
        foreach (var v in V(Hook.EnterTypeSystemNode)) v.EnterTypeSystemNode(node);
    }

    private void WalkTypeSystemDefinition(DefinitionNode node)
    {
        EnterTypeSystemNode(node);
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WalkDirectives(schema, schema.Directives, DirectiveLocation.SCHEMA);
                foreach (var operationType in schema.OperationTypes) WalkNamedType(operationType.Type);
                break;
            case SchemaExtensionNode schemaExtension:
                WalkDirectives(schemaExtension, schemaExtension.Directives, DirectiveLocation.SCHEMA);
                foreach (var operationType in schemaExtension.OperationTypes) WalkNamedType(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                WalkDirectives(scalar, scalar.Directives, DirectiveLocation.SCALAR);
                break;
            case ScalarTypeExtensionNode scalarExtension:
                WalkDirectives(scalarExtension, scalarExtension.Directives, DirectiveLocation.SCALAR);
                break;
            case ObjectTypeDefinitionNode obj:
                foreach (var i in obj.Interfaces) WalkNamedType(i);
                WalkDirectives(obj, obj.Directives, DirectiveLocation.OBJECT);
                foreach (var field in obj.Fields) WalkFieldDefinition(field);
                break;
            case ObjectTypeExtensionNode objExtension:
                foreach (var i in objExtension.Interfaces) WalkNamedType(i);
                WalkDirectives(objExtension, objExtension.Directives, DirectiveLocation.OBJECT);
                foreach (var field in objExtension.Fields) WalkFieldDefinition(field);
                break;
            case InterfaceTypeDefinitionNode iface:
                foreach (var i in iface.Interfaces) WalkNamedType(i);
                WalkDirectives(iface, iface.Directives, DirectiveLocation.INTERFACE);
                foreach (var field in iface.Fields) WalkFieldDefinition(field);
                break;
            case InterfaceTypeExtensionNode ifaceExtension:
                foreach (var i in ifaceExtension.Interfaces) WalkNamedType(i);
                WalkDirectives(ifaceExtension, ifaceExtension.Directives, DirectiveLocation.INTERFACE);
                foreach (var field in ifaceExtension.Fields) WalkFieldDefinition(field);
                break;
            case UnionTypeDefinitionNode union:
                WalkDirectives(union, union.Directives, DirectiveLocation.UNION);
                foreach (var member in union.Types) WalkNamedType(member);
                break;
            case UnionTypeExtensionNode unionExtension:
                WalkDirectives(unionExtension, unionExtension.Directives, DirectiveLocation.UNION);
                foreach (var member in unionExtension.Types) WalkNamedType(member);
                break;
            case EnumTypeDefinitionNode enumType:
                WalkDirectives(enumType, enumType.Directives, DirectiveLocation.ENUM);
                foreach (var value in enumType.Values) WalkEnumValueDefinition(value);
                break;
            case EnumTypeExtensionNode enumExtension:
                WalkDirectives(enumExtension, enumExtension.Directives, DirectiveLocation.ENUM);
                foreach (var value in enumExtension.Values) WalkEnumValueDefinition(value);
                break;
            case InputObjectTypeDefinitionNode input:
                WalkDirectives(input, input.Directives, DirectiveLocation.INPUT_OBJECT);
                foreach (var field in input.Fields) WalkInputValueDefinition(field, DirectiveLocation.INPUT_FIELD_DEFINITION);
                break;
            case InputObjectTypeExtensionNode inputExtension:
                WalkDirectives(inputExtension, inputExtension.Directives, DirectiveLocation.INPUT_OBJECT);
                foreach (var field in inputExtension.Fields) WalkInputValueDefinition(field, DirectiveLocation.INPUT_FIELD_DEFINITION);
                break;
            case DirectiveDefinitionNode directive:
                foreach (var argument in directive.Arguments) WalkInputValueDefinition(argument, DirectiveLocation.ARGUMENT_DEFINITION);
                break;
        }
    }

    private void WalkFieldDefinition(FieldDefinitionNode node)
    {
        EnterTypeSystemNode(node);
        foreach (var argument in node.Arguments) WalkInputValueDefinition(argument, DirectiveLocation.ARGUMENT_DEFINITION);
        WalkTypeReference(node.Type);
        WalkDirectives(node, node.Directives, DirectiveLocation.FIELD_DEFINITION);
    }

    private void WalkInputValueDefinition(InputValueDefinitionNode node, DirectiveLocation location)
    {
        EnterTypeSystemNode(node);
        WalkTypeReference(node.Type);
        if (node.DefaultValue is { } defaultValue) WalkValue(defaultValue);
        WalkDirectives(node, node.Directives, location);
    }

    private void WalkEnumValueDefinition(EnumValueDefinitionNode node)
    {
        EnterTypeSystemNode(node);
        WalkDirectives(node, node.Directives, DirectiveLocation.ENUM_VALUE);
    }
}
