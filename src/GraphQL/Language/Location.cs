using ReportGraph.GraphQL.Errors;

namespace ReportGraph.GraphQL.Language;

/// <summary>Where a syntax node is in its source: offsets of its first and last token, and where it starts.</summary>
/// <param name="Start">Offset of the node's first character.</param>
/// <param name="End">Offset after the node's last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
public sealed record Location(int Start, int End, int Line, int Column)
{
    /// <summary>The start as a line/column pair.</summary>
    public SourceLocation StartLocation => new(Line, Column);
}
