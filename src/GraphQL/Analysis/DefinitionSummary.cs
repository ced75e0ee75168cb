namespace ReportGraph.GraphQL.Analysis;

/// <summary>
/// What a visitor learnt from one executable definition (an operation or a fragment) walked on its own: its own
/// contribution to a measure, and the fragment spreads it contains, whose contributions
/// <see cref="ReachableDefinitions.Combine{TSummary, TValue}"/> adds once they are known.
/// </summary>
internal abstract class DefinitionSummary : DocumentVisitor
{
    /// <summary>The names of the fragments spread in the definition, in document order (repeats allowed).</summary>
    public abstract IEnumerable<string> SpreadNames { get; }
}
