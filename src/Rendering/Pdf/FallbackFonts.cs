using System.Collections.Concurrent;
using ReportGraph.Rendering.Pdf.Fonts;

namespace ReportGraph.Rendering.Pdf;

/// <summary>
/// Faces that draw what DejaVu Sans has no glyph for — Chinese and Japanese (Droid Sans Fallback, Debian package
/// fonts-droid-fallback) and Korean (NanumGothic, fonts-nanum) by default — tried in order, character by
/// character. Each file is read once; a configured file that is not installed is skipped, so the only cost of a
/// missing fallback is an empty box for the characters it would have drawn.
/// </summary>
public static class FallbackFonts
{
    private static readonly ConcurrentDictionary<string, TrueTypeFont?> Loaded = new();

    /// <summary>
    /// The installed faces among <paramref name="files"/>, in order. A file that exists but is not a TrueType font
    /// fails with its path (<see cref="InvalidDataException"/>), at start-up rather than in a run.
    /// </summary>
    public static IReadOnlyList<TrueTypeFont> Load(IEnumerable<string> files) =>
        files.Where(f => !string.IsNullOrWhiteSpace(f))
            .Select(f => Loaded.GetOrAdd(Path.GetFullPath(f), path => File.Exists(path) ? TrueTypeFont.Load(path) : null))
            .OfType<TrueTypeFont>()
            .ToList();

    /// <summary>
    /// The faces for bold text: each file's bold sibling where the family ships one (NanumGothic.ttf →
    /// NanumGothicBold.ttf or NanumGothic-Bold.ttf), else the file itself, so bold text still prints.
    /// </summary>
    public static IReadOnlyList<TrueTypeFont> LoadBold(IEnumerable<string> files) =>
        Load(files.Where(f => !string.IsNullOrWhiteSpace(f)).Select(BoldSibling));

    private static string BoldSibling(string file)
    {
        var folder = Path.GetDirectoryName(file) ?? string.Empty;
        var name = Path.GetFileNameWithoutExtension(file);
        var extension = Path.GetExtension(file);
        return new[] { name + "Bold", name + "-Bold" }
            .Select(bold => Path.Combine(folder, bold + extension))
            .FirstOrDefault(File.Exists) ?? file;
    }
}
