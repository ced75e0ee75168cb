using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ReportGraph.GraphQL.Types;

/// <summary>Something with a name in a type: a field, argument, input field or enum value.</summary>
public interface IHasName
{
    /// <summary>The name.</summary>
    string Name { get; }
}

/// <summary>An ordered collection with lookup by name; order is declaration order (introspection and SDL keep it).</summary>
public sealed class FieldCollection<T> : IReadOnlyList<T> where T : IHasName
{
    private readonly List<T> _items = new();
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    /// <summary>An empty collection.</summary>
    public FieldCollection() { }

    /// <summary>A collection holding the items.</summary>
    public FieldCollection(IEnumerable<T> items)
    {
        foreach (var item in items) Add(item);
    }

    /// <summary>Adds an item; the name must be new.</summary>
    public void Add(T item)
    {
        if (!_byName.TryAdd(item.Name, item))
            throw new InvalidOperationException($"\"{item.Name}\" is defined more than once.");
        _items.Add(item);
    }

    /// <summary>Replaces the item of the same name or adds it.</summary>
    public void Set(T item)
    {
        if (_byName.TryGetValue(item.Name, out var existing))
        {
            _items[_items.IndexOf(existing)] = item;
            _byName[item.Name] = item;
        }
        else
        {
            Add(item);
        }
    }

    /// <summary>Removes the item with the name, if present.</summary>
    public bool Remove(string name)
    {
        if (!_byName.Remove(name, out var item)) return false;
        _items.Remove(item);
        return true;
    }

    /// <summary>Looks an item up by name.</summary>
    public bool TryGet(string name, [MaybeNullWhen(false)] out T item) => _byName.TryGetValue(name, out item);

    /// <summary>The item with the name, or default.</summary>
    public T? Find(string name) => _byName.TryGetValue(name, out var item) ? item : default;

    /// <summary>True when an item has the name.</summary>
    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>The item with the name.</summary>
    public T this[string name] => _byName[name];

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <summary>A struct enumerator (no allocation in hot paths).</summary>
    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
