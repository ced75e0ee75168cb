namespace ReportGraph.GraphQL.Execution;

/// <summary>An immutable response path (linked list): field names and list indices from the root.</summary>
public sealed class ResultPath
{
    private ResultPath(ResultPath? parent, object key, int depth)
    {
        Parent = parent;
        Key = key;
        Depth = depth;
    }

    /// <summary>The enclosing path, or null for a root field.</summary>
    public ResultPath? Parent { get; }

    /// <summary>The response key (string) or list index (int).</summary>
    public object Key { get; }

    /// <summary>Number of segments.</summary>
    public int Depth { get; }

    /// <summary>A root field's path.</summary>
    public static ResultPath Root(string key) => new(null, key, 1);

    /// <summary>A sub-field's path.</summary>
    public ResultPath Append(string key) => new(this, key, Depth + 1);

    /// <summary>A list item's path.</summary>
    public ResultPath Append(int index) => new(this, index, Depth + 1);

    /// <summary>The segments from the root.</summary>
    public IReadOnlyList<object> ToList()
    {
        var list = new object[Depth];
        var p = this;
        for (int i = Depth - 1; i >= 0; i--, p = p!.Parent) list[i] = p!.Key;
        return list;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(".", ToList());
}
