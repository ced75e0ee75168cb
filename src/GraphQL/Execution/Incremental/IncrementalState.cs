using System.Collections.Concurrent;

namespace ReportGraph.GraphQL.Execution.Incremental;

/// <summary>
/// What the runs of one incremental execution share: for each object path where @defers were met, the deferred
/// fragment of each @defer there (graphql-js deferMap), found again by the paths below it.
/// </summary>
internal sealed class IncrementalState
{
    private static readonly Dictionary<DeferUsage, DeferredFragment> Empty = new();

    private readonly ConcurrentDictionary<ResultPath, Dictionary<DeferUsage, DeferredFragment>> _maps = new(ReferenceEqualityComparer.Instance);
    private Dictionary<DeferUsage, DeferredFragment> _root = Empty;

    /// <summary>The map in force at a path: the one set there or at the nearest enclosing path (paths are shared objects).</summary>
    public Dictionary<DeferUsage, DeferredFragment> MapFor(ResultPath? path)
    {
        for (var p = path; p is not null; p = p.Parent)
            if (_maps.TryGetValue(p, out var map)) return map;
        return _root;
    }

    public void SetMap(ResultPath? path, Dictionary<DeferUsage, DeferredFragment> map)
    {
        if (path is null) _root = map;
        else _maps[path] = map;
    }
}
