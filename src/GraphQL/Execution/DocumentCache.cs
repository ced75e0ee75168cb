using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Execution;

/// <summary>A parsed document with its (cached) validation errors.</summary>
internal sealed record CachedDocument(DocumentNode Document, IReadOnlyList<GraphQLError> ValidationErrors);

/// <summary>A thread-safe least-recently-used cache of parsed and validated documents keyed by their text.</summary>
internal sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<(string Key, CachedDocument Value)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, CachedDocument Value)> _order = new();
    private readonly Lock _lock = new();

    public DocumentCache(int capacity) => _capacity = capacity;

    public bool TryGet(string query, out CachedDocument? document)
    {
        lock (_lock)
        {
            if (_map.TryGetValue(query, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                document = node.Value.Value;
                return true;
            }
        }
        document = null;
        return false;
    }

    public void Add(string query, CachedDocument document)
    {
        if (_capacity <= 0) return;
        lock (_lock)
        {
            if (_map.TryGetValue(query, out var existing)) _order.Remove(existing);
            var node = _order.AddFirst((query, document));
            _map[query] = node;
            while (_map.Count > _capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
            }
        }
    }

    public int Count
    {
        get { lock (_lock) return _map.Count; }
    }
}
