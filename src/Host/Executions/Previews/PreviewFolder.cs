using System.Globalization;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;
using ReportGraph.Rendering;

namespace ReportGraph.Host.Executions.Previews;

/// <summary>
/// Where previews are written: <c>previews/{yyyyMMddHHmmss}-{id}/</c> in the data folder. Previews are no executions and
/// have no artifact rows; each folder is removed once its links have expired (<see cref="Sweep"/>, run before every new
/// preview and by the retention job), so previews never pile up.
/// </summary>
public sealed class PreviewFolder(DataDirectory data, IOptionsMonitor<ExecutionOptions> options, TimeProvider clock, ILogger<PreviewFolder> logger)
{
    private const string Stamp = "yyyyMMddHHmmss";

    private string Root => Path.Combine(data.Path, "previews");

    /// <summary>A new, empty preview folder; returns its id.</summary>
    public string Create()
    {
        var id = clock.GetUtcNow().ToString(Stamp, CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(Path.Combine(Root, id));
        return id;
    }

    /// <summary>An output that writes the renderers' files into preview <paramref name="id"/>.</summary>
    public IRenderOutput Output(string id) => new FolderOutput(Path.Combine(Root, id));

    /// <summary>
    /// The files of a preview by name, as a run's artifacts are listed (file dates cannot order them: files written
    /// within one clock tick have equal ones).
    /// </summary>
    public IReadOnlyList<FileInfo> Files(string id) =>
        new DirectoryInfo(Path.Combine(Root, id)).GetFiles().OrderBy(f => f.Name, StringComparer.Ordinal).ToList();

    /// <summary>The file, or null when it is gone (swept) or the names are not ours.</summary>
    public FileInfo? Find(string id, string fileName)
    {
        if (id != Path.GetFileName(id) || fileName != Path.GetFileName(fileName) || id.Length == 0 || fileName.Length == 0)
        {
            return null;
        }

        var file = new FileInfo(Path.Combine(Root, id, fileName));
        return file.Exists ? file : null;
    }

    /// <summary>Removes previews older than their links' lifetime; returns how many.</summary>
    public int Sweep()
    {
        if (!Directory.Exists(Root))
        {
            return 0;
        }

        var cutoff = clock.GetUtcNow() - options.CurrentValue.PreviewLifetime;
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            var name = Path.GetFileName(folder);
            var made = name.Length > Stamp.Length
                && DateTimeOffset.TryParseExact(name[..Stamp.Length], Stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at : DateTimeOffset.MinValue;
            // The stamp has whole seconds: a folder goes a second late rather than while a link still works.
            if (made.AddSeconds(1) >= cutoff)
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
                removed++;
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Could not remove the expired preview {Preview}; the next sweep tries again.", name);
            }
            catch (UnauthorizedAccessException ex)
            {
                logger.LogWarning(ex, "Could not remove the expired preview {Preview}; the next sweep tries again.", name);
            }
        }

        return removed;
    }

    private sealed class FolderOutput(string folder) : IRenderOutput
    {
        public Stream Create(string fileName, string contentType)
        {
            var safeName = Path.GetFileName(fileName);
            if (string.IsNullOrWhiteSpace(safeName) || safeName != fileName)
            {
                throw new ArgumentException($"Renderer asked for an invalid file name '{fileName}'.", nameof(fileName));
            }

            return new FileStream(Path.Combine(folder, safeName), FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        }
    }
}
