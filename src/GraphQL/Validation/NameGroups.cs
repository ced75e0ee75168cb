namespace ReportGraph.GraphQL.Validation;

/// <summary>Groups nodes by name keeping first-seen order, to report duplicates the way graphql-js's groupBy does.</summary>
internal static class NameGroups
{
    /// <summary>The names that occur more than once, in order of first occurrence, with all their nodes.</summary>
    public static List<KeyValuePair<string, List<T>>> Duplicates<T>(IReadOnlyList<T> items, Func<T, string> name)
    {
        var result = new List<KeyValuePair<string, List<T>>>();
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in items)
        {
            var key = name(item);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = new List<T>();
                order.Add(key);
            }
            list.Add(item);
        }
        foreach (var key in order)
            if (groups[key].Count > 1) result.Add(new(key, groups[key]));
        return result;
    }
}
