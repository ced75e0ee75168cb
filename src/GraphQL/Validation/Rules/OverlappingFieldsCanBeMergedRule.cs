using System.Runtime.InteropServices;
using System.Text;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// Spec §5.3.2 Field Selection Merging: fields with the same response name (also through fragments) must be the same
/// field with the same arguments, unless their parents are different object types, and must return compatible types.
/// This is graphql-js's algorithm: fields are collected once per (type, selection set) and cached, fields are
/// compared "within" a set once and otherwise only "between" sets, fragment pairs are compared once (memoised by
/// mutual exclusivity), field-pair reasons are cached, and a complexity budget stops pathological documents.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly OverlappingFieldsCanBeMergedRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed class FieldDetails(IGraphQLType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public IGraphQLType? ParentType { get; } = parentType;
        public FieldNode Node { get; } = node;
        public FieldDefinition? Definition { get; } = definition;
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null && !node.Directives.Any(d => d.Name.Value == "stream");
        public FieldInfo? Info { get; set; }
    }

    /// <summary>Prepared only for fields that overlap with another.</summary>
    private sealed class FieldInfo
    {
        public required int Id { get; init; }
        public required INamedType? NamedType { get; init; }
        public required IReadOnlyList<ArgumentNode> Arguments { get; init; }
        public string? TypeString { get; set; }
    }

    /// <summary>A fragment named in the document (known or not), numbered so that pair lookups hash integers, not names.</summary>
    private sealed class FragmentInfo(int id, string name, FragmentDefinitionNode? definition)
    {
        public int Id { get; } = id;
        public string Name { get; } = name;
        public FragmentDefinitionNode? Definition { get; } = definition;
        public CollectedFields? Fields { get; set; }
    }

    private sealed class CollectedFields(int id)
    {
        public int Id { get; } = id;
        public List<string> ResponseNames { get; } = new();
        public Dictionary<string, List<FieldDetails>> Grouped { get; } = new(StringComparer.Ordinal);
        public List<FragmentInfo> Fragments { get; } = new();
        public Dictionary<int, bool>? ComparedFragments { get; set; }
    }

    /// <summary>
    /// Hashes a pair of ids packed in a long. <see cref="long.GetHashCode"/> is the XOR of the halves, so the pairs of
    /// a thousand fragments would share a thousand buckets and every lookup would walk a chain of hundreds: the
    /// many-fragments document spent most of its validation there.
    /// </summary>
    private sealed class PairKeyComparer : IEqualityComparer<long>
    {
        public static readonly PairKeyComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long key) => HashCode.Combine((int)(key >> 32), (int)key);
    }

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        // The unordered pair (fragment1.Id, fragment2.Id) -> compared as mutually exclusive?
        private readonly Dictionary<long, bool> _comparedFragmentPairs = new(PairKeyComparer.Instance);
        private readonly Dictionary<string, FragmentInfo> _fragments = new(StringComparer.Ordinal);
        // Caches keyed by a pair of ids: one table each rather than one per field or per field set.
        private readonly Dictionary<long, string?> _fieldComparisons = new(PairKeyComparer.Instance);
        private readonly HashSet<long> _overlapsCharged = new(PairKeyComparer.Instance);
        private int _fieldInfoCount;
        private int _collectedCount;
        private readonly Dictionary<SelectionSetNode, List<(IGraphQLType? Type, CollectedFields Fields)>> _collected = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
        private int _remainingBudget = MaxComplexityBudget;
        private SelectionSetNode? _inlineFragmentSelectionSet;

        public override void EnterInlineFragment(InlineFragmentNode node) => _inlineFragmentSelectionSet = node.SelectionSet;

        public override void EnterSelectionSet(SelectionSetNode node)
        {
            // An inline fragment's fields are compared as part of the enclosing selection set.
            if (ReferenceEquals(node, _inlineFragmentSelectionSet)) return;
            if (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragmentNode)) return;
            // Only fields, all with different response names: nothing here can conflict (sub-selections are visited
            // on their own), and graphql-js would spend no budget on it either.
            if (HasOnlyDistinctFields(node)) return;

            foreach (var conflict in FindConflictsWithinSelectionSet(Context.ParentType, node) ?? [])
            {
                var nodes = new SyntaxNode[conflict.Fields1.Count + conflict.Fields2.Count];
                for (int i = 0; i < conflict.Fields1.Count; i++) nodes[i] = conflict.Fields1[i];
                for (int i = 0; i < conflict.Fields2.Count; i++) nodes[conflict.Fields1.Count + i] = conflict.Fields2[i];
                Context.ReportError(new ValidationError(
                    $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    nodes));
            }
        }

        private static bool HasOnlyDistinctFields(SelectionSetNode node)
        {
            var selections = node.Selections;
            if (selections.Count > 16)
            {
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var selection in selections)
                    if (selection is not FieldNode field || !names.Add(field.ResponseKey)) return false;
                return true;
            }
            for (int i = 0; i < selections.Count; i++)
            {
                if (selections[i] is not FieldNode field) return false;
                var key = field.ResponseKey;
                for (int j = 0; j < i; j++)
                    if (((FieldNode)selections[j]).ResponseKey == key) return false;
            }
            return true;
        }

        private void Spend(int cost)
        {
            _remainingBudget -= cost;
            if (_remainingBudget < 0) Context.Abort();
        }

        private List<Conflict>? FindConflictsWithinSelectionSet(IGraphQLType? parentType, SelectionSetNode selectionSet)
        {
            List<Conflict>? conflicts = null;
            var fields = CollectFields(parentType, selectionSet);
            // (A) Conflicts within the fields of this selection set.
            CollectConflictsWithin(ref conflicts, fields);
            var fragments = fields.Fragments;
            if (fragments.Count != 0 && (fields.Grouped.Count != 0 || fragments.Count > 1))
            {
                for (int i = 0; i < fragments.Count; i++)
                {
                    // (B) Between the fields and each spread fragment.
                    CollectConflictsBetweenFieldsAndFragment(ref conflicts, false, fields, fragments[i]);
                    // (C) Between each pair of spread fragments.
                    for (int j = i + 1; j < fragments.Count; j++)
                        CollectConflictsBetweenFragments(ref conflicts, false, fragments[i], fragments[j]);
                }
            }
            return conflicts;
        }

        private void CollectConflictsBetweenFieldsAndFragment(ref List<Conflict>? conflicts, bool mutuallyExclusive, CollectedFields fields, FragmentInfo fragment)
        {
            Spend(1);
            if (fields.Grouped.Count == 0) return;
            fields.ComparedFragments ??= new Dictionary<int, bool>();
            // A non-exclusive comparison also covers an exclusive one; not the other way round.
            if (fields.ComparedFragments.TryGetValue(fragment.Id, out var comparedExclusive) && (!comparedExclusive || mutuallyExclusive)) return;
            fields.ComparedFragments[fragment.Id] = mutuallyExclusive;

            if (FieldsOf(fragment) is not { } fragmentFields) return;
            if (ReferenceEquals(fields, fragmentFields)) return;
            // (D) Between the fields and the fragment's fields.
            CollectConflictsBetween(ref conflicts, mutuallyExclusive, fields, fragmentFields);
            // (E) Between the fields and fragments the fragment spreads.
            foreach (var referenced in fragmentFields.Fragments)
                CollectConflictsBetweenFieldsAndFragment(ref conflicts, mutuallyExclusive, fields, referenced);
        }

        private void CollectConflictsBetweenFragments(ref List<Conflict>? conflicts, bool mutuallyExclusive, FragmentInfo fragment1, FragmentInfo fragment2)
        {
            Spend(2);
            if (ReferenceEquals(fragment1, fragment2)) return;
            // graphql-js PairSet: an exclusive comparison is covered by any earlier one of the pair (in either order), a
            // non-exclusive one only by an earlier non-exclusive one.
            ref var recorded = ref CollectionsMarshal.GetValueRefOrAddDefault(_comparedFragmentPairs, UnorderedPairKey(fragment1.Id, fragment2.Id), out var compared);
            if (compared && (mutuallyExclusive || !recorded)) return;
            recorded = mutuallyExclusive;

            if (FieldsOf(fragment1) is not { } fields1 || FieldsOf(fragment2) is not { } fields2) return;
            // (F) Between the two fragments' fields.
            CollectConflictsBetween(ref conflicts, mutuallyExclusive, fields1, fields2);
            // (G) Between each fragment and the fragments the other spreads.
            foreach (var referenced2 in fields2.Fragments)
                CollectConflictsBetweenFragments(ref conflicts, mutuallyExclusive, fragment1, referenced2);
            foreach (var referenced1 in fields1.Fragments)
                CollectConflictsBetweenFragments(ref conflicts, mutuallyExclusive, referenced1, fragment2);
        }

        private static long PairKey(int a, int b) => ((long)a << 32) | (uint)b;

        private static long UnorderedPairKey(int a, int b) => a < b ? PairKey(a, b) : PairKey(b, a);

        private FragmentInfo FragmentNamed(string name)
        {
            if (!_fragments.TryGetValue(name, out var info))
                _fragments[name] = info = new FragmentInfo(_fragments.Count, name, Context.GetFragment(name));
            return info;
        }

        /// <summary>The fragment's collected fields, or null when the document does not define it.</summary>
        private CollectedFields? FieldsOf(FragmentInfo fragment)
        {
            if (fragment.Definition is not { } definition) return null;
            return fragment.Fields ??= CollectFields(Context.Schema.GetType(definition.TypeCondition.Name.Value), definition.SelectionSet);
        }

        private List<Conflict>? FindConflictsBetweenSubSelectionSets(bool mutuallyExclusive,
            IGraphQLType? parentType1, SelectionSetNode selectionSet1, IGraphQLType? parentType2, SelectionSetNode selectionSet2)
        {
            List<Conflict>? conflicts = null;
            var fields1 = CollectFields(parentType1, selectionSet1);
            var fields2 = CollectFields(parentType2, selectionSet2);
            // (H) Between the two sets of fields.
            CollectConflictsBetween(ref conflicts, mutuallyExclusive, fields1, fields2);
            // (I) Between each set of fields and the other's fragments.
            foreach (var fragment2 in fields2.Fragments)
                CollectConflictsBetweenFieldsAndFragment(ref conflicts, mutuallyExclusive, fields1, fragment2);
            foreach (var fragment1 in fields1.Fragments)
                CollectConflictsBetweenFieldsAndFragment(ref conflicts, mutuallyExclusive, fields2, fragment1);
            // (J) Between the fragments of both.
            foreach (var fragment1 in fields1.Fragments)
            {
                foreach (var fragment2 in fields2.Fragments)
                    CollectConflictsBetweenFragments(ref conflicts, mutuallyExclusive, fragment1, fragment2);
            }

            return conflicts;
        }

        private void CollectConflictsWithin(ref List<Conflict>? conflicts, CollectedFields fields)
        {
            foreach (var responseName in fields.ResponseNames)
            {
                var list = fields.Grouped[responseName];
                if (list.Count < 2) continue;
                for (int i = 0; i < list.Count; i++)
                {
                    for (int j = i + 1; j < list.Count; j++)
                        if (FindConflict(false, responseName, list[i], list[j]) is { } conflict) (conflicts ??= new List<Conflict>()).Add(conflict);
                }
            }
        }

        private void CollectConflictsBetween(ref List<Conflict>? conflicts, bool parentsMutuallyExclusive, CollectedFields fields1, CollectedFields fields2)
        {
            if (fields1.Grouped.Count == 0 || fields2.Grouped.Count == 0) return;
            // graphql-js caches the overlapping names per pair of field sets and charges the budget one unit per name
            // the first time; the overlap itself is cheap to recompute, so only the charge is remembered here.
            if (_overlapsCharged.Add(PairKey(fields1.Id, fields2.Id))) Spend(fields1.ResponseNames.Count);
            foreach (var responseName in fields1.ResponseNames)
            {
                if (!fields2.Grouped.TryGetValue(responseName, out var list2)) continue;
                var list1 = fields1.Grouped[responseName];
                foreach (var field1 in list1)
                {
                    foreach (var field2 in list2)
                        if (FindConflict(parentsMutuallyExclusive, responseName, field1, field2) is { } conflict) (conflicts ??= new List<Conflict>()).Add(conflict);
                }
            }
        }

        /// <summary>The conflict between two fields with the same response name, including in their sub-selections, or null.</summary>
        private static string? StreamConflict(FieldNode node1, FieldNode node2)
        {
            var stream1 = node1.Directives.FirstOrDefault(d => d.Name.Value == "stream");
            var stream2 = node2.Directives.FirstOrDefault(d => d.Name.Value == "stream");
            if (stream1 is null && stream2 is null) return null;
            const string reason = "they have overlapping stream directives";
            if (stream1 is not null && stream2 is not null && PrintArguments(stream1) == PrintArguments(stream2))
                return reason + ". See https://github.com/graphql/defer-stream-wg/discussions/100";
            return reason;
        }

        private static string PrintArguments(DirectiveNode directive)
            => string.Join(",", directive.Arguments.OrderBy(a => a.Name.Value, StringComparer.Ordinal).Select(a => a.Name.Value + ":" + Printer.Print(a.Value)));

        private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
        {
            // Fields on two different object types can never both apply, so only their shapes must agree.
            bool mutuallyExclusive = parentsMutuallyExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
            Spend(2);

            var node1 = field1.Node;
            var node2 = field2.Node;
            if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(field1.Definition?.Type, field2.Definition?.Type)
                && node1.Name.Value == node2.Name.Value)
            {
                return null;
            }

            if (!mutuallyExclusive)
            {
                string? reason;
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                if (name1 != name2)
                {
                    reason = $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields";
                }
                else if (node1.Arguments.Count == 0 && node2.Arguments.Count == 0)
                {
                    reason = null;
                }
                else
                {
                    // Only argument comparisons cost budget, so only they are remembered (graphql-js caches every pair,
                    // with the same effect on the budget).
                    var info1 = GetInfo(field1);
                    var info2 = GetInfo(field2);
                    var comparisonKey = PairKey(info1.Id, info2.Id);
                    if (!_fieldComparisons.TryGetValue(comparisonKey, out reason))
                    {
                        reason = SameArguments(info1.Arguments, info2.Arguments) ? null : "they have differing arguments";
                        _fieldComparisons[comparisonKey] = reason;
                    }
                }
                if (reason is not null) return new Conflict(responseName, reason, [node1], [node2]);
            }

            // graphql-js 17: a streamed field cannot be merged with another selection of the same response key.
            if (Types.IncrementalDirectives.IsEnabled(Context.Schema) && StreamConflict(node1, node2) is { } streamReason)
                return new Conflict(responseName, streamReason, [node1], [node2]);

            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;
            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                var info1 = GetInfo(field1);
                var info2 = GetInfo(field2);
                info1.TypeString ??= type1.ToString();
                info2.TypeString ??= type2.ToString();
                return new Conflict(responseName, $"they return conflicting types \"{info1.TypeString}\" and \"{info2.TypeString}\"", [node1], [node2]);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var subConflicts = FindConflictsBetweenSubSelectionSets(mutuallyExclusive,
                    GetInfo(field1).NamedType, selectionSet1, GetInfo(field2).NamedType, selectionSet2);
                return SubfieldConflicts(subConflicts, responseName, node1, node2);
            }
            return null;
        }

        private FieldInfo GetInfo(FieldDetails field) => field.Info ??= new FieldInfo
        {
            Id = _fieldInfoCount++,
            NamedType = field.Definition?.Type.NamedType(),
            Arguments = field.Node.Arguments,
        };

        private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
        {
            if (arguments1.Count != arguments2.Count) return false;
            foreach (var argument1 in arguments1)
            {
                Spend(1);
                // As graphql-js's Map of the second field's arguments: the last one of a repeated name wins.
                ArgumentNode? argument2 = null;
                for (int i = arguments2.Count - 1; i >= 0; i--)
                {
                    if (arguments2[i].Name.Value == argument1.Name.Value) { argument2 = arguments2[i]; break; }
                }
                if (argument2 is null) return false;
                if (Stringify(argument1.Value) != Stringify(argument2.Value)) return false;
            }
            return true;
        }

        /// <summary>A canonical text of a value: kinds kept apart, object fields sorted, block strings distinct.</summary>
        private string Stringify(ValueNode value)
        {
            if (_stringifiedValues.TryGetValue(value, out var cached)) return cached;
            var builder = new StringBuilder();
            Append(builder, value);
            var result = builder.ToString();
            _stringifiedValues[value] = result;
            return result;
        }

        private static void Append(StringBuilder builder, ValueNode value)
        {
            switch (value)
            {
                case VariableNode v: builder.Append('$').Append(v.Name.Value); break;
                case IntValueNode i: builder.Append("I:").Append(i.Value); break;
                case FloatValueNode f: builder.Append("F:").Append(f.Value); break;
                case StringValueNode s: builder.Append(s.Block ? "B:" : "S:").Append(System.Text.Json.JsonSerializer.Serialize(s.Value)); break;
                case BooleanValueNode b: builder.Append(b.Value ? "true" : "false"); break;
                case NullValueNode: builder.Append("null"); break;
                case EnumValueNode e: builder.Append("E:").Append(e.Value); break;
                case ListValueNode l:
                    builder.Append('[');
                    foreach (var item in l.Values) { Append(builder, item); builder.Append(','); }
                    builder.Append(']');
                    break;
                case ObjectValueNode o:
                    builder.Append('{');
                    foreach (var field in o.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                    {
                        builder.Append(field.Name.Value).Append(':');
                        Append(builder, field.Value);
                        builder.Append(',');
                    }
                    builder.Append('}');
                    break;
            }
        }

        /// <summary>Two types conflict when no value could be both: list vs non-list, null vs non-null, or different leaf types.</summary>
        private bool DoTypesConflict(IGraphQLType type1, IGraphQLType type2)
        {
            while (true)
            {
                if (ReferenceEquals(type1, type2)) return false;
                Spend(1);
                if (type1 is ListType list1)
                {
                    if (type2 is not ListType list2) return true;
                    type1 = list1.OfType;
                    type2 = list2.OfType;
                    continue;
                }
                if (type2 is ListType) return true;
                if (type1 is NonNullType nonNull1)
                {
                    if (type2 is not NonNullType nonNull2) return true;
                    type1 = nonNull1.OfType;
                    type2 = nonNull2.OfType;
                    continue;
                }
                if (type2 is NonNullType) return true;
                if (type1.IsLeafType() || type2.IsLeafType()) return !ReferenceEquals(type1, type2);
                return false;
            }
        }

        private CollectedFields CollectFields(IGraphQLType? parentType, SelectionSetNode selectionSet)
        {
            if (!_collected.TryGetValue(selectionSet, out var byType))
                _collected[selectionSet] = byType = new List<(IGraphQLType?, CollectedFields)>(1);
            foreach (var (type, cachedFields) in byType)
                if (ReferenceEquals(type, parentType)) return cachedFields;

            var fields = new CollectedFields(_collectedCount++);
            Collect(parentType, selectionSet, fields, new HashSet<FragmentInfo>(ReferenceEqualityComparer.Instance));
            byType.Add((parentType, fields));
            return fields;
        }

        private void Collect(IGraphQLType? parentType, SelectionSetNode selectionSet, CollectedFields fields, HashSet<FragmentInfo> seen)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        // Meta-fields have no definition here, as in graphql-js: only the type's own fields count.
                        var definition = (parentType as IComplexOutputType)?.Fields.Find(field.Name.Value);
                        var responseName = field.ResponseKey;
                        if (!fields.Grouped.TryGetValue(responseName, out var list))
                        {
                            fields.Grouped[responseName] = list = new List<FieldDetails>();
                            fields.ResponseNames.Add(responseName);
                        }
                        list.Add(new FieldDetails(parentType, field, definition));
                        break;
                    case FragmentSpreadNode spread:
                        var fragment = FragmentNamed(spread.Name.Value);
                        if (seen.Add(fragment)) fields.Fragments.Add(fragment);
                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } condition ? Context.Schema.GetType(condition.Name.Value) : parentType;
                        Collect(inlineType, inline.SelectionSet, fields, seen);
                        break;
                }
            }
        }

        private static Conflict? SubfieldConflicts(List<Conflict>? conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts is null || conflicts.Count == 0) return null;
            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                if (message.Length > 0) message.Append(" and ");
                message.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
                if (message.Length > MaxConflictDetailLength) break;
            }
            return new Conflict(responseName, Abbreviate(message.ToString()),
                ConflictNodes(node1, conflicts, first: true), ConflictNodes(node2, conflicts, first: false));
        }

        /// <summary>The enclosing field, then the conflicting sub-fields (the last ones when there are too many).</summary>
        private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                var side = first ? conflict.Fields1 : conflict.Fields2;
                int remaining = MaxConflictNodes - nodes.Count;
                // graphql-js takes side.slice(-remaining): the last `remaining`; slice(-0) keeps all, a negative count drops from the front.
                var retained = remaining > 0
                    ? (remaining >= side.Count ? side : side.GetRange(side.Count - remaining, remaining))
                    : remaining == 0 ? side : side.Skip(-remaining).ToList();
                nodes.AddRange(retained);
                if (nodes.Count == MaxConflictNodes) break;
            }
            return nodes;
        }

        private static string Abbreviate(string text) =>
            text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;
    }
}
