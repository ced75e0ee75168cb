using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Execution;

/// <summary>The context object passed through a field's pipeline.</summary>
internal sealed class ResolverContext : IMiddlewareContext
{
    private readonly OperationRun _run;
    private Dictionary<string, object?>? _ownArguments;

    public ResolverContext(OperationRun run, ObjectType parentType, FieldDefinition field, List<FieldNode> fieldNodes,
        object? parent, ResultPath path, IReadOnlyDictionary<string, object?> arguments)
    {
        _run = run;
        ParentType = parentType;
        Field = field;
        FieldNodeList = fieldNodes;
        Parent = parent;
        Path = path;
        Arguments = arguments;
    }

    internal List<FieldNode> FieldNodeList { get; }

    public Schema Schema => _run.Schema;
    public ObjectType ParentType { get; }
    public FieldDefinition Field { get; }
    public FieldNode Selection => FieldNodeList[0];
    public IReadOnlyList<FieldNode> FieldNodes => FieldNodeList;
    public string ResponseName => FieldNodeList[0].ResponseKey;
    public object? Parent { get; }
    public ResultPath Path { get; }
    public IReadOnlyDictionary<string, object?> Arguments { get; private set; }
    public IServiceProvider Services => _run.Services;
    public IDictionary<string, object?> ContextData => _run.ContextData;
    public CancellationToken RequestAborted => _run.CancellationToken;
    public OperationDefinitionNode Operation => _run.Operation;
    public IReadOnlyDictionary<string, object?> Variables => _run.Variables;
    public object? Result { get; set; }

    public T GetParent<T>() => Parent is T t ? t : throw new InvalidCastException($"The parent of {ParentType.Name}.{Field.Name} is {Parent?.GetType().Name ?? "null"}, not {typeof(T).Name}.");

    public T? ArgumentValue<T>(string name) => Arguments.TryGetValue(name, out var v) ? ValueConverter.Convert<T>(v) : default;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public T Service<T>() where T : notnull
        => Services.GetService(typeof(T)) is T service ? service : throw new InvalidOperationException($"No service of type {typeof(T).FullName} is registered.");

    public IReadOnlyList<FieldNode> GetSelections(ObjectType typeContext)
    {
        var sets = new List<SelectionSetNode>();
        foreach (var node in FieldNodeList) if (node.SelectionSet is not null) sets.Add(node.SelectionSet);
        if (sets.Count == 0) return Array.Empty<FieldNode>();
        var collected = _run.CollectSubfields(typeContext, FieldNodeList);
        var result = new List<FieldNode>(collected.Count);
        foreach (var nodes in collected.Nodes) result.Add(nodes[0]);
        return result;
    }

    public bool IsSelected(string fieldName)
    {
        foreach (var node in FieldNodeList)
            if (node.SelectionSet is not null && ContainsField(node.SelectionSet, fieldName, new HashSet<string>())) return true;
        return false;
    }

    private bool ContainsField(SelectionSetNode set, string fieldName, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            if (!FieldCollector.ShouldInclude(selection, Variables)) continue;
            switch (selection)
            {
                case FieldNode f when f.Name.Value == fieldName: return true;
                case InlineFragmentNode inline when ContainsField(inline.SelectionSet, fieldName, visited): return true;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                    && _run.Fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && ContainsField(fragment.SelectionSet, fieldName, visited):
                    return true;
            }
        }
        return false;
    }

    public void ReportError(GraphQLError error) => _run.AddError(error.WithLocation(error.Locations ?? GraphQLError.LocationsOf(Selection), error.Path ?? Path.ToList()));

    public void ReportError(string message, string? code = null)
        => _run.AddError(new GraphQLError(message, GraphQLError.LocationsOf(Selection), Path.ToList(),
            code is null ? null : new Dictionary<string, object?> { ["code"] = code }));

    public void SetArgument(string name, object? value)
    {
        _ownArguments ??= new Dictionary<string, object?>(Arguments, StringComparer.Ordinal);
        _ownArguments[name] = value;
        Arguments = _ownArguments;
    }
}
