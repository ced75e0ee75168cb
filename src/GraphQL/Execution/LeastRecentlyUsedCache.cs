namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// A thread-safe least-recently-used cache keyed by strings: parsed and validated documents by their text, and the
/// documents of automatic persisted queries by their hash. Bounded by count and optionally by a total size (by default
/// the length of the keys): a syntax tree is many times its text, so a thousand distinct 64 KB documents (cheap to
/// send) would otherwise keep hundreds of megabytes alive.
/// </summary>
internal sealed class LeastRecentlyUsedCache<TValue>
{
    private readonly int _capacity;
    private readonly long _maxSize;
    private readonly Func<string, TValue, long> _sizeOf;
    private long _size;
    private readonly Dictionary<string, LinkedListNode<(string Key, TValue Value, long Size)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, TValue Value, long Size)> _order = new();
    private readonly Lock _lock = new();

    /// <param name="capacity">The most entries kept.</param>
    /// <param name="maxSize">The most total size kept, as <paramref name="sizeOf"/> measures it.</param>
    /// <param name="sizeOf">The size of an entry; default: the length of its key.</param>
    public LeastRecentlyUsedCache(int capacity, long maxSize = long.MaxValue, Func<string, TValue, long>? sizeOf = null)
    {
        _capacity = capacity;
        _maxSize = maxSize;
        _sizeOf = sizeOf ?? ((key, _) => key.Length);
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
        var size = _sizeOf(key, value);
        // An entry larger than a sixteenth of the budget would push out many ordinary entries; it is not cached.
        if (_capacity <= 0 || size > _maxSize / 16) return;
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var existing))
            {
                _order.Remove(existing);
                _size -= existing.Value.Size;
            }
            var node = _order.AddFirst((key, value, size));
            _map[key] = node;
            _size += size;
            while (_map.Count > _capacity || _size > _maxSize)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
                _size -= last.Value.Size;
            }
        }
    }

    public int Count
    {
        get { lock (_lock) return _map.Count; }
    }
}
