using ReportGraph.GraphQL.Analysis;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// What rule visitors see during one validation run: the schema and document, the type information at the node
/// being visited (graphql-js TypeInfo accessors), cached document facts (fragments, spreads, variable usages) and
/// error reporting.
/// </summary>
public sealed class ValidationContext
{
    private readonly TypeInfo _types;
    private readonly List<ValidationError> _errors = new();
    private readonly int _maxErrors;
    private int _remainingFragmentWork = 50_000;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;
    // Caches, created when first needed (many documents need none of them).
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _spreads;
    private Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>>? _recursiveFragments;
    private Dictionary<string, List<FragmentDefinitionNode>>? _fragmentsByNameSet;
    private Dictionary<string, int>? _nameIds;
    private Dictionary<ExecutableDefinitionNode, List<VariableUsage>>? _usages;
    private Dictionary<OperationDefinitionNode, List<VariableUsage>>? _recursiveUsages;

    internal ValidationContext(Schema schema, DocumentNode document, int maxErrors, IDictionary<string, object?>? contextData)
    {
        Schema = schema;
        Document = document;
        _maxErrors = maxErrors;
        _types = new TypeInfo(schema);
        ContextData = contextData ?? new Dictionary<string, object?>();
    }

    internal TypeInfo Types => _types;

    /// <summary>The schema validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>Per-request data for rules that depend on the request (e.g. whether introspection is allowed).</summary>
    public IDictionary<string, object?> ContextData { get; }

    /// <summary>True when messages must not carry "Did you mean ...?" hints (graphql-js <c>hideSuggestions</c>).</summary>
    public bool HideSuggestions { get; internal init; }

    /// <summary>The options closest to <paramref name="input"/>, best first, like graphql-js's suggestionList — none when <see cref="HideSuggestions"/>.</summary>
    public IReadOnlyList<string> Suggest(string input, IEnumerable<string> options) =>
        HideSuggestions ? Array.Empty<string>() : SuggestionList.Find(input, options);

    /// <summary>The errors reported so far.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>The output type of the current field, fragment or operation (null when unknown).</summary>
    public IGraphQLType? Type => _types.Type;

    /// <summary>The composite type whose selection set is being visited (null when unknown).</summary>
    public ICompositeType? ParentType => _types.ParentType;

    /// <summary>The expected input type at the current argument, variable definition, list item or object field.</summary>
    public IGraphQLType? InputType => _types.InputType;

    /// <summary>The input type that encloses <see cref="InputType"/> (e.g. the list or input object).</summary>
    public IGraphQLType? ParentInputType => _types.ParentInputType;

    /// <summary>The definition of the current field (null when unknown).</summary>
    public FieldDefinition? FieldDefinition => _types.FieldDefinition;

    /// <summary>The definition of the current directive (null when unknown).</summary>
    public DirectiveDefinition? Directive => _types.Directive;

    /// <summary>While a directive is visited: the node it is applied to (operation, field, fragment spread, inline fragment, fragment or variable definition).</summary>
    public SyntaxNode? DirectiveOwner => _types.DirectiveOwner;

    /// <summary>While a directive is visited: where it is, e.g. FIELD or QUERY (or a type-system location in an SDL definition).</summary>
    public DirectiveLocation? DirectiveLocation => _types.DirectiveLocation;

    /// <summary>True while a type-system definition or extension in the document is visited (not executable; reported by <see cref="ExecutableDefinitionsRule"/>).</summary>
    public bool InTypeSystemDefinition => _types.InTypeSystemDefinition;

    /// <summary>The definition of the current argument (null when unknown).</summary>
    public ArgumentDefinition? Argument => _types.Argument;

    /// <summary>The current enum value's definition (null when unknown).</summary>
    public EnumValueDefinition? EnumValue => _types.EnumValue;

    /// <summary>Records an error. Past the run's error limit the run stops with a final "Too many validation errors" error.</summary>
    public void ReportError(ValidationError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new ValidationError("Too many validation errors, error limit reached. Validation aborted."));
            throw new ValidationAbortedException();
        }
        _errors.Add(error);
    }

    /// <summary>
    /// Charges work spent following fragment spreads against a fixed budget (graphql-js does the same), so that a
    /// hostile document with many fragments cannot make validation run for long; past the budget the run stops
    /// with "Validation aborted.".
    /// </summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0) Abort();
    }

    /// <summary>Stops the run, adding graphql-js's "Validation aborted." error (used when a work budget runs out).</summary>
    internal void Abort()
    {
        _errors.Add(new ValidationError("Validation aborted."));
        throw new ValidationAbortedException();
    }

    /// <summary>
    /// A directive defined by the document itself (the last definition of the name), or null. Such definitions make a
    /// request invalid, but graphql-js's rules still honour them over the schema's, and so do ours.
    /// </summary>
    public DirectiveDefinitionNode? GetDocumentDirective(string name)
    {
        if (_documentDirectives is null)
        {
            _documentDirectives = new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
                if (definition is DirectiveDefinitionNode directive) _documentDirectives[directive.Name.Value] = directive;
        }
        return _documentDirectives.Count == 0 ? null : _documentDirectives.GetValueOrDefault(name);
    }

    /// <summary>The fragment definition with the name, or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
                if (definition is FragmentDefinitionNode fragment) _fragments.TryAdd(fragment.Name.Value, fragment);
        }
        return _fragments.TryGetValue(name, out var found) ? found : null;
    }

    /// <summary>The fragment spreads in a selection set, also inside its fields and inline fragments (not inside other fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        _spreads ??= new(ReferenceEqualityComparer.Instance);
        if (_spreads.TryGetValue(selectionSet, out var cached)) return cached;
        var spreads = new List<FragmentSpreadNode>();
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(selectionSet);
        while (toVisit.Count > 0)
        {
            var set = toVisit.Pop();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case FieldNode { SelectionSet: { } child }: toVisit.Push(child); break;
                    case InlineFragmentNode inline: toVisit.Push(inline.SelectionSet); break;
                }
            }
        }
        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation spreads, directly or through other fragments (each once, breadth first).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        _recursiveFragments ??= new(ReferenceEqualityComparer.Instance);
        if (_recursiveFragments.TryGetValue(operation, out var cached)) return cached;
        var fragments = GetRecursivelyReferencedFragmentsForOperations(new[] { operation });
        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>
    /// Every fragment the operations spread, directly or through other fragments (each once, breadth first from the
    /// names the operations spread). As in graphql-js, results are shared between calls whose operations spread the
    /// same set of fragment names, and the work is charged to the fragment budget (see <see cref="SpendFragmentWork"/>).
    /// </summary>
    public List<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(IEnumerable<OperationDefinitionNode> operations)
    {
        // Names in discovery order; the list grows while it is read, like graphql-js's iteration over a growing Set.
        var names = new List<string>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
                if (collected.Add(spread.Name.Value)) names.Add(spread.Name.Value);
        }

        var key = SetKey(names);
        _fragmentsByNameSet ??= new Dictionary<string, List<FragmentDefinitionNode>>(StringComparer.Ordinal);
        if (_fragmentsByNameSet.TryGetValue(key, out var cached)) return cached;

        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(names.Count);
        for (int i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment) continue;
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
                if (collected.Add(spread.Name.Value)) names.Add(spread.Name.Value);
        }
        _fragmentsByNameSet[key] = fragments;
        return fragments;
    }

    /// <summary>An order-independent key for a set of fragment names (graphql-js SetMap).</summary>
    private string SetKey(List<string> names)
    {
        _nameIds ??= new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new int[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            if (!_nameIds.TryGetValue(names[i], out var id)) _nameIds[names[i]] = id = _nameIds.Count;
            ids[i] = id;
        }
        Array.Sort(ids);
        return string.Join(",", ids);
    }

    /// <summary>The variables used in an operation or fragment (not following spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        _usages ??= new(ReferenceEqualityComparer.Instance);
        if (_usages.TryGetValue(definition, out var cached)) return cached;
        var usages = VariableUsageCollector.Collect(this, definition);
        _usages[definition] = usages;
        return usages;
    }

    /// <summary>The variables used by an operation and every fragment it spreads, recursively.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        _recursiveUsages ??= new(ReferenceEqualityComparer.Instance);
        if (_recursiveUsages.TryGetValue(operation, out var cached)) return cached;
        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in fragments)
        {
            var local = GetVariableUsages(fragment);
            SpendFragmentWork(local.Count);
            usages.AddRange(local);
        }
        _recursiveUsages[operation] = usages;
        return usages;
    }
}

/// <summary>Thrown inside a run when the error limit is reached; caught by <see cref="DocumentValidator"/>.</summary>
internal sealed class ValidationAbortedException : Exception
{
}
