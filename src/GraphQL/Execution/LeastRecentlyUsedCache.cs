namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// A thread-safe least-recently-used cache keyed by strings: parsed and validated documents by their text, and the
/// documents of automatic persisted queries by their hash.
/// </summary>
internal sealed class LeastRecentlyUsedCache<TValue>
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<(string Key, TValue Value)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, TValue Value)> _order = new();
    private readonly Lock _lock = new();

    public LeastRecentlyUsedCache(int capacity) => _capacity = capacity;

    public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
    {
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    public void Add(string key, TValue value)
    {
        if (_capacity <= 0) return;
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var existing)) _order.Remove(existing);
            var node = _order.AddFirst((key, value));
            _map[key] = node;
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
