using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Execution.Incremental;

/// <summary>Something announced in <c>pending</c> and later <c>completed</c>: a deferred fragment or a stream.</summary>
internal abstract class PendingRecord
{
    protected PendingRecord(ResultPath? path, string? label)
    {
        Path = path;
        Label = label;
    }

    public ResultPath? Path { get; }

    public string? Label { get; }

    /// <summary>Assigned when announced in <c>pending</c>.</summary>
    public string? Id { get; set; }

    public bool IsCompleted { get; set; }
}

/// <summary>One @defer applied at one path (graphql-js DeferredFragmentRecord); complete when all its groups are.</summary>
internal sealed class DeferredFragment : PendingRecord
{
    public DeferredFragment(ResultPath? path, string? label, DeferredFragment? parent) : base(path, label) => Parent = parent;

    public DeferredFragment? Parent { get; }

    public List<DeferredGroup> Groups { get; } = new();

    public List<DeferredFragment> Children { get; } = new();

    /// <summary>True once known to the publisher (it has a group, or a descendant does).</summary>
    public bool IsKnown { get; set; }
}

/// <summary>Fields at one path deferred by the same set of @defers (graphql-js DeferredGroupedFieldSetRecord).</summary>
internal sealed class DeferredGroup
{
    public DeferredGroup(ResultPath? path, DeferredFragment[] fragments, HashSet<DeferUsage> usageSet, ObjectType type, object? source, CollectedFields fields)
    {
        Path = path;
        Fragments = fragments;
        UsageSet = usageSet;
        Type = type;
        Source = source;
        Fields = fields;
    }

    public ResultPath? Path { get; }

    public DeferredFragment[] Fragments { get; }

    public HashSet<DeferUsage> UsageSet { get; }

    public ObjectType Type { get; }

    public object? Source { get; }

    public CollectedFields Fields { get; }

    public Task? Execution { get; set; }

    public ResultMap? Data { get; set; }

    public IReadOnlyList<GraphQLError>? Errors { get; set; }

    /// <summary>A non-null field nulled the whole group: its fragments complete with errors and no data.</summary>
    public bool Failed { get; set; }

    public bool IsDone { get; set; }

    public bool IsSent { get; set; }

    public List<object> Discovered { get; set; } = new();
}

/// <summary>The items of a @stream list after its initial count.</summary>
internal sealed class StreamRecord : PendingRecord
{
    public StreamRecord(ResultPath path, string? label, int nextIndex, IGraphQLType itemType, ObjectType parentType, FieldDefinition field, List<FieldNode> nodes)
        : base(path, label)
    {
        NextIndex = nextIndex;
        ItemType = itemType;
        ParentType = parentType;
        Field = field;
        Nodes = nodes;
    }

    public int NextIndex { get; set; }

    public IGraphQLType ItemType { get; }

    public ObjectType ParentType { get; }

    public FieldDefinition Field { get; }

    public List<FieldNode> Nodes { get; }

    /// <summary>The rest of a synchronous list (all delivered in one payload).</summary>
    public IEnumerator<object?>? Items { get; init; }

    /// <summary>The rest of an asynchronous list (one payload per item, as produced).</summary>
    public IAsyncEnumerator<object?>? AsyncItems { get; init; }

    /// <summary>The pull in progress.</summary>
    public Task? Execution { get; set; }

    /// <summary>The pulled items not yet published.</summary>
    public StreamBatch? Batch { get; set; }
}
