using ReportGraph.GraphQL.Analysis;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Execution;

/// <summary>The fields of a selection set for one object type, grouped by response key in order (spec §6.3.2 CollectFields).</summary>
public sealed class CollectedFields
{
    internal CollectedFields(string[] keys, List<FieldNode>[] nodes, FieldDefinition[] definitions)
    {
        Keys = keys;
        Nodes = nodes;
        Definitions = definitions;
    }

    /// <summary>Response keys in order.</summary>
    public string[] Keys { get; }

    /// <summary>The field nodes merged under each key.</summary>
    public List<FieldNode>[] Nodes { get; }

    /// <summary>The field definition for each key.</summary>
    public FieldDefinition[] Definitions { get; }

    /// <summary>Number of response keys.</summary>
    public int Count => Keys.Length;

    /// <summary>
    /// The keys as JSON property names, encoded once per collection (collections are shared across requests of a
    /// cached document), so the result writer does not transcode and escape-check each key of each object.
    /// </summary>
    internal System.Text.Json.JsonEncodedText[] EncodedKeys => _encodedKeys ??= ResultMap.Encode(Keys);

    private System.Text.Json.JsonEncodedText[]? _encodedKeys;

    /// <summary>The value shape of each field for <see cref="JsonFragmentWriter"/> (see <see cref="JsonValueShape.OfFields"/>), once known.</summary>
    /// <remarks>Published with a release write: a request on another thread may read it as soon as it is set.</remarks>
    internal JsonValueShape?[]? FieldShapes
    {
        get => Volatile.Read(ref _fieldShapes);
        set => Volatile.Write(ref _fieldShapes, value);
    }

    private JsonValueShape?[]? _fieldShapes;

    /// <summary>These fields as a <see cref="JsonObjectShape"/>, or <see cref="JsonObjectShape.None"/>, once known.</summary>
    internal object? ObjectShape
    {
        get => Volatile.Read(ref _objectShape);
        set => Volatile.Write(ref _objectShape, value);
    }

    private object? _objectShape;

    /// <summary>The @defer fragments met directly in these selection sets (incremental collection only).</summary>
    internal IReadOnlyList<Incremental.DeferUsage> NewDeferUsages { get; init; } = Array.Empty<Incremental.DeferUsage>();
}

/// <summary>Collects fields with fragments, type conditions and @skip/@include (spec §6.3.2).</summary>
public static class FieldCollector
{
    /// <summary>Collects the fields of selection sets (one, or several merged) for an object type. Fields unknown on the type are left out.</summary>
    public static CollectedFields Collect(Schema schema, ObjectType objectType, IEnumerable<SelectionSetNode> selectionSets,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
    {
        var keys = new List<string>();
        var groups = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        HashSet<string>? visited = null;
        foreach (var set in selectionSets)
            CollectInto(schema, objectType, set, fragments, variables, keys, groups, ref visited);

        var keyList = new List<string>(keys.Count);
        var nodeList = new List<List<FieldNode>>(keys.Count);
        var defList = new List<FieldDefinition>(keys.Count);
        foreach (var key in keys)
        {
            var nodes = groups[key];
            var def = TypeInfo.GetFieldDefinition(schema, objectType, nodes[0].Name.Value);
            if (def is null) continue;
            keyList.Add(key);
            nodeList.Add(nodes);
            defList.Add(def);
        }
        return new CollectedFields(keyList.ToArray(), nodeList.ToArray(), defList.ToArray());
    }

    /// <summary>
    /// Collection for incremental delivery (graphql-js 17 collectFields): each node keeps the @defer it was collected
    /// under (fragments with @defer start a new <see cref="Incremental.DeferUsage"/>), and the new usages are returned.
    /// </summary>
    internal static CollectedFields CollectIncremental(Schema schema, ObjectType objectType, IEnumerable<(SelectionSetNode Set, Incremental.DeferUsage? Usage)> selectionSets,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
    {
        var keys = new List<string>();
        var groups = new Dictionary<string, Incremental.DeferredFieldNodes>(StringComparer.Ordinal);
        var newUsages = new List<Incremental.DeferUsage>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (set, usage) in selectionSets)
            CollectIncrementalInto(schema, objectType, set, usage, fragments, variables, keys, groups, newUsages, visited);
        var keyList = new List<string>(keys.Count);
        var nodeList = new List<List<FieldNode>>(keys.Count);
        var defList = new List<FieldDefinition>(keys.Count);
        foreach (var key in keys)
        {
            var nodes = groups[key];
            var def = TypeInfo.GetFieldDefinition(schema, objectType, nodes[0].Name.Value);
            if (def is null) continue;
            keyList.Add(key);
            nodeList.Add(nodes);
            defList.Add(def);
        }
        return new CollectedFields(keyList.ToArray(), nodeList.ToArray(), defList.ToArray()) { NewDeferUsages = newUsages };
    }

    private static void CollectIncrementalInto(Schema schema, ObjectType objectType, SelectionSetNode selectionSet, Incremental.DeferUsage? usage,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables,
        List<string> keys, Dictionary<string, Incremental.DeferredFieldNodes> groups, List<Incremental.DeferUsage> newUsages, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                {
                    if (selection.Directives.Count > 0 && !ShouldInclude(selection, variables)) continue;
                    var key = field.ResponseKey;
                    if (!groups.TryGetValue(key, out var list))
                    {
                        groups[key] = list = new Incremental.DeferredFieldNodes();
                        keys.Add(key);
                    }
                    list.Add(field, usage);
                    break;
                }
                case InlineFragmentNode inline:
                {
                    if (selection.Directives.Count > 0 && !ShouldInclude(selection, variables)) continue;
                    if (inline.TypeCondition is not null && !DoesFragmentTypeApply(schema, objectType, inline.TypeCondition)) continue;
                    var deferred = GetDeferUsage(inline, usage, variables);
                    if (deferred is not null) newUsages.Add(deferred);
                    CollectIncrementalInto(schema, objectType, inline.SelectionSet, deferred ?? usage, fragments, variables, keys, groups, newUsages, visited);
                    break;
                }
                case FragmentSpreadNode spread:
                {
                    var name = spread.Name.Value;
                    if (visited.Contains(name) || (selection.Directives.Count > 0 && !ShouldInclude(selection, variables))) continue;
                    if (!fragments.TryGetValue(name, out var fragment)) continue;
                    if (!DoesFragmentTypeApply(schema, objectType, fragment.TypeCondition)) continue;
                    var deferred = GetDeferUsage(spread, usage, variables);
                    if (deferred is null) visited.Add(name);
                    else newUsages.Add(deferred);
                    CollectIncrementalInto(schema, objectType, fragment.SelectionSet, deferred ?? usage, fragments, variables, keys, groups, newUsages, visited);
                    break;
                }
            }
        }
    }

    private static Incremental.DeferUsage? GetDeferUsage(IHasDirectives node, Incremental.DeferUsage? parent, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in node.Directives)
        {
            if (directive.Name.Value != "defer") continue;
            var args = ArgumentCoercion.Coerce(IncrementalDirectives.Defer.Arguments, directive.Arguments, directive, variables);
            if (args.TryGetValue("if", out var condition) && condition is false) return null;
            return new Incremental.DeferUsage(args.TryGetValue("label", out var label) ? label as string : null, parent);
        }
        return null;
    }

    private static void CollectInto(Schema schema, ObjectType objectType, SelectionSetNode selectionSet,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables,
        List<string> keys, Dictionary<string, List<FieldNode>> groups, ref HashSet<string>? visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !ShouldInclude(selection, variables)) continue;
            switch (selection)
            {
                case FieldNode field:
                {
                    var key = field.ResponseKey;
                    if (!groups.TryGetValue(key, out var list))
                    {
                        groups[key] = list = new List<FieldNode>(1);
                        keys.Add(key);
                    }
                    list.Add(field);
                    break;
                }
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !DoesFragmentTypeApply(schema, objectType, inline.TypeCondition)) continue;
                    CollectInto(schema, objectType, inline.SelectionSet, fragments, variables, keys, groups, ref visited);
                    break;
                case FragmentSpreadNode spread:
                {
                    var name = spread.Name.Value;
                    visited ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visited.Add(name)) continue;
                    if (!fragments.TryGetValue(name, out var fragment)) continue;
                    if (!DoesFragmentTypeApply(schema, objectType, fragment.TypeCondition)) continue;
                    CollectInto(schema, objectType, fragment.SelectionSet, fragments, variables, keys, groups, ref visited);
                    break;
                }
            }
        }
    }

    /// <summary>False when @skip(if: true) or @include(if: false) is on the selection.</summary>
    public static bool ShouldInclude(IHasDirectives node, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in node.Directives)
        {
            var name = directive.Name.Value;
            if (name != "skip" && name != "include") continue;
            var definition = name == "skip" ? BuiltInDirectives.Skip : BuiltInDirectives.Include;
            var args = ArgumentCoercion.Coerce(definition.Arguments, directive.Arguments, directive, variables);
            bool condition = args.TryGetValue("if", out var v) && v is true;
            if (name == "skip" && condition) return false;
            if (name == "include" && !condition) return false;
        }
        return true;
    }

    private static bool DoesFragmentTypeApply(Schema schema, ObjectType objectType, NamedTypeNode typeCondition)
    {
        var conditionType = schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditionType, objectType)) return true;
        return conditionType is IAbstractType abstractType && schema.IsSubType(abstractType, objectType);
    }
}

/// <summary>Argument coercion (spec §6.4.1 CoerceArgumentValues) with graphql-js messages; failures throw <see cref="GraphQLException"/>.</summary>
public static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>Coerces the arguments given on a field or directive node.</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(FieldCollection<ArgumentDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments, SyntaxNode node, IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0) return Empty;
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argumentNode = null;
            for (int i = 0; i < arguments.Count; i++)
                if (arguments[i].Name.Value == name) { argumentNode = arguments[i]; break; }

            if (argumentNode is null)
            {
                if (definition.DefaultValue is not null) coerced[name] = InputCoercion.ValueFromLiteral(definition.DefaultValue, type, null);
                else if (type is NonNullType)
                    throw new LocatedException($"Argument \"{name}\" of required type \"{type}\" was not provided.", node);
                continue;
            }
            var valueNode = argumentNode.Value;
            bool isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (!variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.DefaultValue is not null) coerced[name] = InputCoercion.ValueFromLiteral(definition.DefaultValue, type, null);
                    else if (type is NonNullType)
                        throw new LocatedException($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.", valueNode);
                    continue;
                }
                isNull = variableValue is null;
            }
            if (isNull && type is NonNullType)
                throw new LocatedException($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            var value = InputCoercion.ValueFromLiteral(valueNode, type, variables);
            if (ReferenceEquals(value, InputCoercion.Invalid))
                throw new LocatedException($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            coerced[name] = value;
        }
        return coerced;
    }
}

/// <summary>A GraphQL error raised at a document node (its location goes into the error).</summary>
public sealed class LocatedException : GraphQLException
{
    /// <summary>Creates the exception.</summary>
    public LocatedException(string message, SyntaxNode node, string? code = null) : base(message, code) => Node = node;

    /// <summary>The node the error is about.</summary>
    public SyntaxNode Node { get; }
}
