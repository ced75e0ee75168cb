using System.Text;

namespace ReportGraph.Rendering;

/// <summary>Builds safe file-name parts from free text such as table names.</summary>
public static class FileNames
{
    /// <summary>Lower-case letters, digits and dashes only, e.g. "Sessions per tutor" → "sessions-per-tutor".</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '/') && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "table" : slug;
    }
}
