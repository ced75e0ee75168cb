using System.Text;
using System.Text.Json;
using ReportGraph.Rendering;

namespace ReportGraph.Plugins.Tests;

/// <summary>Keeps rendered files in memory (the last one of each extension), for sweeps that read only a few of them.</summary>
internal sealed class MemoryOutput : IRenderOutput
{
    private readonly Dictionary<string, MemoryStream> _files = new(StringComparer.Ordinal);

    public Stream Create(string fileName, string contentType)
    {
        var stream = new MemoryStream();
        _files[Path.GetExtension(fileName)] = stream;
        return stream;
    }

    /// <summary>The JSON document's root (a copy, so the bytes can go).</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(_files[".json"].ToArray());
        return document.RootElement.Clone();
    }

    public string Html() => Encoding.UTF8.GetString(_files[".html"].ToArray());
}
