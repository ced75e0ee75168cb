using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Hosting;

/// <summary>Follows fragment spreads while measuring an operation; a guard set stops fragment cycles (validation rejects them anyway).</summary>
internal static class OperationWalker
{
    /// <summary>The fields selected directly in a selection set, looking through inline fragments and fragment spreads.</summary>
    public static IEnumerable<(FieldNode Field, string? TypeCondition)> Fields(SelectionSetNode set, RequestContext context, HashSet<string>? visiting = null, string? typeCondition = null)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    yield return (field, typeCondition);
                    break;
                case InlineFragmentNode inline:
                    foreach (var f in Fields(inline.SelectionSet, context, visiting, inline.TypeCondition?.Name.Value ?? typeCondition)) yield return f;
                    break;
                case FragmentSpreadNode spread:
                    visiting ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!context.Fragments.TryGetValue(spread.Name.Value, out var fragment) || !visiting.Add(spread.Name.Value)) break;
                    foreach (var f in Fields(fragment.SelectionSet, context, visiting, fragment.TypeCondition.Name.Value)) yield return f;
                    visiting.Remove(spread.Name.Value);
                    break;
            }
        }
    }
}
