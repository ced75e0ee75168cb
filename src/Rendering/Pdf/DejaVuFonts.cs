using System.Collections.Concurrent;
using ReportGraph.Rendering.Pdf.Fonts;

namespace ReportGraph.Rendering.Pdf;

/// <summary>
/// DejaVu Sans regular and bold, read once per folder: a Unicode face covering Latin, Greek and Cyrillic text
/// on any Linux host (Debian package fonts-dejavu-core), embedded as subsets in every PDF.
/// </summary>
public sealed class DejaVuFonts
{
    private static readonly ConcurrentDictionary<string, DejaVuFonts> Loaded = new();

    private DejaVuFonts(TrueTypeFont regular, TrueTypeFont bold)
    {
        Regular = regular;
        Bold = bold;
    }

    /// <summary>DejaVuSans.ttf.</summary>
    public TrueTypeFont Regular { get; }

    /// <summary>DejaVuSans-Bold.ttf.</summary>
    public TrueTypeFont Bold { get; }

    /// <summary>
    /// The fonts in <paramref name="directory"/>, parsed on first use. A missing file fails with the path,
    /// the package to install and the setting to change — at start-up rather than in the middle of a run.
    /// </summary>
    public static DejaVuFonts Load(string directory) => Loaded.GetOrAdd(Path.GetFullPath(directory), folder =>
        new DejaVuFonts(Read(folder, "DejaVuSans.ttf"), Read(folder, "DejaVuSans-Bold.ttf")));

    private static TrueTypeFont Read(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Font file '{path}' is missing. Install the Debian package fonts-dejavu-core or set {PdfRenderingOptions.Section}:FontDirectory to a folder holding {file}.", path);
        }
        return TrueTypeFont.Load(path);
    }
}
