using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace ReportGraph.Host.Rendering;

/// <summary>
/// Resolves every font family to DejaVu Sans (regular, bold, oblique, bold oblique) read from disk, so PDFs
/// embed a Unicode font that covers Latin, Greek and Cyrillic text on any Linux host.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    /// <summary>The family name renderers use.</summary>
    public const string FamilyName = "DejaVu Sans";

    private static readonly Dictionary<string, string> Files = new()
    {
        ["DejaVuSans"] = "DejaVuSans.ttf",
        ["DejaVuSans-Bold"] = "DejaVuSans-Bold.ttf",
        ["DejaVuSans-Oblique"] = "DejaVuSans-Oblique.ttf",
        ["DejaVuSans-BoldOblique"] = "DejaVuSans-BoldOblique.ttf",
    };

    private readonly ConcurrentDictionary<string, byte[]> _cache = new();

    /// <summary>Creates a resolver reading from <paramref name="fontDirectory"/>.</summary>
    public DejaVuFontResolver(string fontDirectory) => FontDirectory = fontDirectory;

    /// <summary>The folder the font files are read from.</summary>
    public string FontDirectory { get; }

    /// <summary>Throws a clear error now, rather than in the middle of a run, when a font file is missing.</summary>
    public void Verify()
    {
        foreach (var face in Files.Keys)
        {
            GetFont(face);
        }
    }

    /// <inheritdoc />
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch
        {
            (true, true) => "DejaVuSans-BoldOblique",
            (true, false) => "DejaVuSans-Bold",
            (false, true) => "DejaVuSans-Oblique",
            _ => "DejaVuSans",
        });

    /// <inheritdoc />
    public byte[] GetFont(string faceName) => _cache.GetOrAdd(faceName, face =>
    {
        if (!Files.TryGetValue(face, out var file))
        {
            throw new ArgumentException($"Unknown font face '{face}'; known: {string.Join(", ", Files.Keys)}.", nameof(faceName));
        }
        var path = Path.Combine(FontDirectory, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Font file '{path}' is missing. Install the Debian package fonts-dejavu-core or set Rendering:Pdf:FontDirectory to a folder holding {file}.", path);
        }
        return File.ReadAllBytes(path);
    });
}
