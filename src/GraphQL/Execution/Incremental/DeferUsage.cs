using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Execution.Incremental;

/// <summary>One @defer met while collecting fields (graphql-js 17 DeferUsage): its label and the @defer it is nested in.</summary>
internal sealed class DeferUsage
{
    public DeferUsage(string? label, DeferUsage? parent)
    {
        Label = label;
        Parent = parent;
    }

    public string? Label { get; }

    public DeferUsage? Parent { get; }
}

/// <summary>
/// The field nodes merged under one response key, each with the @defer it was collected under (null: not deferred
/// relative to the enclosing execution group). A list of nodes so that the executor's signatures stay as they are.
/// </summary>
internal sealed class DeferredFieldNodes : List<FieldNode>
{
    public List<DeferUsage?> Usages { get; } = new();

    public void Add(FieldNode node, DeferUsage? usage)
    {
        Add(node);
        Usages.Add(usage);
    }

    /// <summary>graphql-js getFilteredDeferUsageSet: empty when any node is not deferred; else the usages not nested in another of the set.</summary>
    public HashSet<DeferUsage> FilteredUsageSet()
    {
        var set = new HashSet<DeferUsage>();
        foreach (var usage in Usages)
        {
            if (usage is null) return new HashSet<DeferUsage>();
            set.Add(usage);
        }
        foreach (var usage in set.ToArray())
        {
            for (var parent = usage.Parent; parent is not null; parent = parent.Parent)
            {
                if (set.Contains(parent))
                {
                    set.Remove(usage);
                    break;
                }
            }
        }
        return set;
    }
}
