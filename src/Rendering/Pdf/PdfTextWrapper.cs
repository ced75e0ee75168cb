namespace ReportGraph.Rendering.Pdf;

/// <summary>Breaks text into lines that fit a width: at spaces where possible, inside long words otherwise.</summary>
internal static class PdfTextWrapper
{
    public static List<string> Wrap(string text, PdfFont font, double width)
    {
        var lines = new List<string>(1);
        var printable = Printable(text.Replace("\r\n", "\n", StringComparison.Ordinal), keepNewLines: true);
        // Called for every cell of every row: a one-paragraph text (nearly all of them) is not split into an array.
        if (!printable.Contains('\n'))
        {
            WrapParagraph(printable, font, width, lines);
            return lines;
        }
        foreach (var paragraph in printable.Split('\n'))
        {
            WrapParagraph(paragraph, font, width, lines);
        }
        return lines;
    }

    /// <summary>Shortens <paramref name="text"/> with an ellipsis until it fits.</summary>
    public static string Truncate(string text, PdfFont font, double width)
    {
        text = Printable(text, keepNewLines: false);
        if (font.Measure(text) <= width)
        {
            return text;
        }
        var length = text.Length;
        while (length > 0 && font.Measure(text[..length] + "…") > width)
        {
            length--;
        }
        return text[..length] + "…";
    }

    private static void WrapParagraph(string text, PdfFont font, double width, List<string> lines)
    {
        // Most cells fit on one line: one measurement decides.
        if (font.Measure(text) <= width)
        {
            lines.Add(text);
            return;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var current = "";
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (font.Measure(candidate) <= width)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0)
            {
                lines.Add(current);
            }
            current = word;
            // A word longer than the width is broken where it overflows.
            while (current.Length > 1 && font.Measure(current) > width)
            {
                var fit = FittingPrefix(current, font, width);
                lines.Add(current[..fit]);
                current = current[fit..];
            }
        }
        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current);
        }
    }

    private static int FittingPrefix(string word, PdfFont font, double width)
    {
        int low = 1, high = word.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (font.Measure(word.AsSpan(0, mid)) <= width) low = mid; else high = mid - 1;
        }
        return Math.Max(1, low);
    }

    /// <summary>
    /// Text with tabs and other control characters (which fonts draw as empty boxes) turned into spaces; plugin
    /// data may hold them. Returns the same instance when there is nothing to change, as for nearly every cell.
    /// </summary>
    public static string Printable(string text, bool keepNewLines)
    {
        var clean = true;
        foreach (var c in text)
        {
            if (char.IsControl(c) && !(keepNewLines && c == '\n'))
            {
                clean = false;
                break;
            }
        }
        if (clean)
        {
            return text;
        }
        return string.Create(text.Length, (text, keepNewLines), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = char.IsControl(c) && !(state.keepNewLines && c == '\n') ? ' ' : c;
            }
        });
    }
}
