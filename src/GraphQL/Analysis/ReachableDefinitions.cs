using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Analysis;

/// <summary>
/// Measures an operation without expanding its fragment spreads: the operation and every fragment it reaches are each
/// walked once (<see cref="Summarise{TSummary}"/>), and the per-definition results are combined at the spreads with one
/// memoised value per fragment (<see cref="Combine{TSummary, TValue}"/>). Following spreads inline instead costs
/// 2^n for a chain of n fragments that each spread the next twice (issue 10); this stays linear in the document.
/// </summary>
internal static class ReachableDefinitions
{
    /// <summary>The summaries of the operation and of each fragment it reaches (directly or through other fragments).</summary>
    /// <param name="schema">The schema, for the type information the visitors see.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="fragments">The document's fragments by name; spreads of other names are ignored.</param>
    /// <param name="create">Creates the visitor that summarises one definition.</param>
    /// <param name="cancellationToken">Stops a walk of a huge document when the request is abandoned.</param>
    public static (TSummary Operation, Dictionary<string, TSummary> Fragments) Summarise<TSummary>(Schema schema,
        OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        Func<TypeInfo, TSummary> create, CancellationToken cancellationToken)
        where TSummary : DefinitionSummary
    {
        var types = new TypeInfo(schema);
        var root = create(types);
        new DocumentWalker(types, new DocumentVisitor[] { root }, cancellationToken: cancellationToken).WalkOperation(operation);

        var summaries = new Dictionary<string, TSummary>(StringComparer.Ordinal);
        var pending = new Queue<TSummary>();
        pending.Enqueue(root);
        while (pending.Count > 0)
        {
            foreach (var name in pending.Dequeue().SpreadNames)
            {
                if (summaries.ContainsKey(name) || !fragments.TryGetValue(name, out var fragment)) continue;
                var fragmentTypes = new TypeInfo(schema);
                var summary = create(fragmentTypes);
                new DocumentWalker(fragmentTypes, new DocumentVisitor[] { summary }, cancellationToken: cancellationToken).WalkFragmentDefinition(fragment);
                summaries.Add(name, summary);
                pending.Enqueue(summary);
            }
        }
        return (root, summaries);
    }

    /// <summary>
    /// The operation's value: <paramref name="combine"/> gets a definition's summary and the value of each fragment it
    /// spreads (computed once per fragment, dependencies first, without recursion so that a long chain cannot
    /// exhaust the stack). A spread of an unknown fragment, or back into a fragment whose value is being computed (a
    /// cycle, which validation refuses anyway), has the value <paramref name="none"/>.
    /// </summary>
    public static TValue Combine<TSummary, TValue>(TSummary operation, Dictionary<string, TSummary> fragments,
        Func<TSummary, Func<string, TValue>, TValue> combine, TValue none)
        where TSummary : DefinitionSummary
    {
        var values = new Dictionary<string, TValue>(StringComparer.Ordinal);
        var inProgress = new HashSet<string>(StringComparer.Ordinal);
        TValue Lookup(string name) => values.TryGetValue(name, out var value) ? value : none;

        // Depth-first post-order with an explicit stack: a fragment is combined once all it spreads are done.
        var stack = new Stack<(string Name, IEnumerator<string> Spreads)>();
        void Push(string name, TSummary summary)
        {
            inProgress.Add(name);
            stack.Push((name, summary.SpreadNames.GetEnumerator()));
        }
        foreach (var name in operation.SpreadNames)
        {
            if (values.ContainsKey(name) || !fragments.TryGetValue(name, out var first)) continue;
            Push(name, first);
            while (stack.Count > 0)
            {
                var (current, spreads) = stack.Peek();
                if (spreads.MoveNext())
                {
                    var next = spreads.Current;
                    if (!values.ContainsKey(next) && !inProgress.Contains(next) && fragments.TryGetValue(next, out var summary)) Push(next, summary);
                    continue;
                }
                stack.Pop();
                spreads.Dispose();
                values[current] = combine(fragments[current], Lookup);
                inProgress.Remove(current);
            }
        }
        return combine(operation, Lookup);
    }
}
