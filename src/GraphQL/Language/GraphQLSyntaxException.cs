using ReportGraph.GraphQL.Errors;

namespace ReportGraph.GraphQL.Language;

/// <summary>A document could not be read: message like graphql-js's (<c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>) and where.</summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates the exception for a description at a position of a source.</summary>
    public GraphQLSyntaxException(Source source, int position, string description)
        : base("Syntax Error: " + description)
    {
        DocumentSource = source;
        Position = position;
        Description = description;
        var (line, column) = source.GetLineColumn(position);
        Line = line;
        Column = column;
    }

    /// <summary>The source being read.</summary>
    public Source DocumentSource { get; }

    /// <summary>Offset of the problem.</summary>
    public int Position { get; }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>1-based column of the problem.</summary>
    public int Column { get; }

    /// <summary>The location as reported in GraphQL errors.</summary>
    public SourceLocation Location => new(Line, Column);
}
