using PdfSharp.Drawing;

namespace ReportGraph.Host.Rendering;

/// <summary>Breaks text into lines that fit a width: at spaces where possible, inside long words otherwise.</summary>
internal static class PdfTextWrapper
{
    public static List<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>(1);
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            WrapParagraph(gfx, paragraph, font, width, lines);
        }
        return lines;
    }

    /// <summary>Shortens <paramref name="text"/> with an ellipsis until it fits.</summary>
    public static string Truncate(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }
        var length = text.Length;
        while (length > 0 && gfx.MeasureString(text[..length] + "…", font).Width > width)
        {
            length--;
        }
        return text[..length] + "…";
    }

    private static void WrapParagraph(XGraphics gfx, string text, XFont font, double width, List<string> lines)
    {
        // Most cells fit on one line: one measurement decides.
        if (gfx.MeasureString(text, font).Width <= width)
        {
            lines.Add(text);
            return;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var current = "";
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (gfx.MeasureString(candidate, font).Width <= width)
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
            while (current.Length > 1 && gfx.MeasureString(current, font).Width > width)
            {
                var fit = FittingPrefix(gfx, current, font, width);
                lines.Add(current[..fit]);
                current = current[fit..];
            }
        }
        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current);
        }
    }

    private static int FittingPrefix(XGraphics gfx, string word, XFont font, double width)
    {
        int low = 1, high = word.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (gfx.MeasureString(word[..mid], font).Width <= width) low = mid; else high = mid - 1;
        }
        return Math.Max(1, low);
    }
}
