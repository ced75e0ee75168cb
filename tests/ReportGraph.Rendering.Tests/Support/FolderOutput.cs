namespace ReportGraph.Rendering.Tests.Support;

/// <summary>A real folder the renderers write into; deleted when disposed.</summary>
internal sealed class FolderOutput : IRenderOutput, IDisposable
{
    public FolderOutput() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "rg-render-" + Guid.NewGuid().ToString("N"));

    public List<(string FileName, string ContentType)> Files { get; } = [];

    public Stream Create(string fileName, string contentType)
    {
        Files.Add((fileName, contentType));
        return new FileStream(Path.Combine(Folder, fileName), FileMode.CreateNew, FileAccess.Write);
    }

    public string PathOf(string fileName) => Path.Combine(Folder, fileName);

    public string Single(string extension) => PathOf(Files.Single(f => f.FileName.EndsWith(extension, StringComparison.Ordinal)).FileName);

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
