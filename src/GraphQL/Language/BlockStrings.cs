using System.Text;

namespace ReportGraph.GraphQL.Language;

/// <summary>Block string rules of the spec (§2.9.4 BlockStringValue) and graphql-js's block string printing.</summary>
public static class BlockStrings
{
    /// <summary>Removes the common indentation and leading/trailing blank lines (spec "BlockStringValue()").</summary>
    public static IReadOnlyList<string> DedentLines(IReadOnlyList<string> lines)
    {
        int commonIndent = int.MaxValue;
        int firstNonEmpty = -1;
        int lastNonEmpty = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            int indent = LeadingWhitespace(line);
            if (indent == line.Length) continue;
            if (firstNonEmpty < 0) firstNonEmpty = i;
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent) commonIndent = indent;
        }
        if (firstNonEmpty < 0) return Array.Empty<string>();
        var result = new List<string>(lastNonEmpty - firstNonEmpty + 1);
        for (int i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            var line = lines[i];
            result.Add(i == 0 || commonIndent == int.MaxValue ? line : line.Length > commonIndent ? line[commonIndent..] : "");
        }
        return result;
    }

    private static int LeadingWhitespace(string s)
    {
        int i = 0;
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
        return i;
    }

    private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t';

    /// <summary>Prints a value as a block string the way graphql-js <c>printBlockString</c> does.</summary>
    public static string Print(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"");
        var lines = escaped.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        bool isSingleLine = lines.Length == 1;
        bool forceLeadingNewLine = lines.Length > 1;
        for (int i = 1; i < lines.Length && forceLeadingNewLine; i++)
            if (lines[i].Length != 0 && !IsWhiteSpace(lines[i][0])) forceLeadingNewLine = false;
        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        bool printAsMultipleLines = !minimize && (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);
        var sb = new StringBuilder("\"\"\"");
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) sb.Append('\n');
        sb.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline) sb.Append('\n');
        sb.Append("\"\"\"");
        return sb.ToString();
    }

    /// <summary>Prints a value as a quoted string with JSON-like escapes, as graphql-js <c>printString</c> does.</summary>
    public static string PrintString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }
}
