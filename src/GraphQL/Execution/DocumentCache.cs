using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Execution;

/// <summary>A parsed document with its (cached) validation errors.</summary>
internal sealed record CachedDocument(DocumentNode Document, IReadOnlyList<GraphQLError> ValidationErrors);

/// <summary>
/// A thread-safe least-recently-used cache of parsed and validated documents keyed by their text, bounded by count and
/// by the total length of the texts: a syntax tree is many times its text, so a thousand distinct 64 KB documents
/// (cheap to send) would otherwise keep hundreds of megabytes alive.
/// </summary>
internal sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly long _maxChars;
    private long _chars;
    private readonly Dictionary<string, LinkedListNode<(string Key, CachedDocument Value)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, CachedDocument Value)> _order = new();
    private readonly Lock _lock = new();

    public DocumentCache(int capacity, long maxChars = long.MaxValue)
    {
        _capacity = capacity;
        _maxChars = maxChars;
    }

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
        // A document bigger than a sixteenth of the budget would push out many ordinary ones; it is parsed each time.
        if (_capacity <= 0 || query.Length > _maxChars / 16) return;
        lock (_lock)
        {
            if (_map.TryGetValue(query, out var existing))
            {
                _order.Remove(existing);
                _chars -= query.Length;
            }
            var node = _order.AddFirst((query, document));
            _map[query] = node;
            _chars += query.Length;
            while (_map.Count > _capacity || _chars > _maxChars)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
                _chars -= last.Value.Key.Length;
            }
        }
    }

    public int Count
    {
        get { lock (_lock) return _map.Count; }
    }
}
