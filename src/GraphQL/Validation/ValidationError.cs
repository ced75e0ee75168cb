using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// A rule violation found in a document (spec §5), with the message and locations graphql-js would report.
/// </summary>
public sealed class ValidationError
{
    /// <summary>Creates an error pointing at the given nodes (their start positions become <see cref="Locations"/>).</summary>
    public ValidationError(string message, params SyntaxNode?[] nodes)
    {
        Message = message;
        var located = new List<SyntaxNode>(nodes.Length);
        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node is null) continue;
            located.Add(node);
            if (node.Location is { } location) locations.Add(location.StartLocation);
        }
        Nodes = located;
        Locations = locations;
    }

    /// <summary>The human-readable message, e.g. <c>Cannot query field "foo" on type "Query".</c></summary>
    public string Message { get; }

    /// <summary>Where in the document the problem is (1-based line and column), in the order graphql-js gives them.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>The syntax nodes involved.</summary>
    public IReadOnlyList<SyntaxNode> Nodes { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        Locations.Count == 0 ? Message : $"{Message} ({string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))})";
}
