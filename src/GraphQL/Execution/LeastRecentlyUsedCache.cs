namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// A thread-safe least-recently-used cache keyed by strings: parsed and validated documents by their text, and the
/// documents of automatic persisted queries by their hash. Bounded by count and optionally by the total length of the
/// keys: a syntax tree is many times its text, so a thousand distinct 64 KB documents (cheap to send) would otherwise
/// keep hundreds of megabytes alive.
/// </summary>
internal sealed class LeastRecentlyUsedCache<TValue>
{
    private readonly int _capacity;
    private readonly long _maxKeyChars;
    private long _keyChars;
    private readonly Dictionary<string, LinkedListNode<(string Key, TValue Value)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, TValue Value)> _order = new();
    private readonly Lock _lock = new();

    public LeastRecentlyUsedCache(int capacity, long maxKeyChars = long.MaxValue)
    {
        _capacity = capacity;
        _maxKeyChars = maxKeyChars;
    }

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
        // A key longer than a sixteenth of the budget would push out many ordinary entries; it is not cached.
        if (_capacity <= 0 || key.Length > _maxKeyChars / 16) return;
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var existing))
            {
                _order.Remove(existing);
                _keyChars -= key.Length;
            }
            var node = _order.AddFirst((key, value));
            _map[key] = node;
            _keyChars += key.Length;
            while (_map.Count > _capacity || _keyChars > _maxKeyChars)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
                _keyChars -= last.Value.Key.Length;
            }
        }
    }

    public int Count
    {
        get { lock (_lock) return _map.Count; }
    }
}
