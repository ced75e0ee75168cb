namespace ReportGraph.GraphQL.Language;

/// <summary>The text of a GraphQL document together with a name used in error messages.</summary>
public sealed class Source
{
    /// <summary>Creates a source from its text.</summary>
    public Source(string body, string name = "GraphQL request")
    {
        Body = body ?? throw new ArgumentNullException(nameof(body));
        Name = name;
    }

    /// <summary>The document text.</summary>
    public string Body { get; }

    /// <summary>A name for the source, e.g. a file name.</summary>
    public string Name { get; }

    /// <summary>Computes the 1-based line and column of an offset (spec §2.1.7 line terminators).</summary>
    public (int Line, int Column) GetLineColumn(int position)
    {
        int line = 1, lineStart = 0;
        var body = Body;
        for (int i = 0; i < position && i < body.Length; i++)
        {
            char c = body[i];
            if (c == '\n') { line++; lineStart = i + 1; }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n') i++;
                line++; lineStart = i + 1;
            }
        }
        return (line, position - lineStart + 1);
    }
}
