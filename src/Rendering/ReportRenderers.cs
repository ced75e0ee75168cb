using ReportGraph.Abstractions;

namespace ReportGraph.Rendering;

/// <summary>The registered renderers, looked up by format.</summary>
public sealed class ReportRenderers
{
    private readonly Dictionary<ReportFormat, IReportRenderer> _byFormat;

    /// <summary>Indexes the renderers; a format registered twice is a configuration error.</summary>
    public ReportRenderers(IEnumerable<IReportRenderer> renderers)
    {
        _byFormat = [];
        foreach (var renderer in renderers)
        {
            if (!_byFormat.TryAdd(renderer.Format, renderer))
            {
                throw new InvalidOperationException($"Two renderers are registered for format {renderer.Format}.");
            }
        }
    }

    /// <summary>The formats that have a renderer.</summary>
    public IReadOnlyCollection<ReportFormat> Formats => _byFormat.Keys;

    /// <summary>The renderer for <paramref name="format"/>.</summary>
    /// <exception cref="NotSupportedException">No renderer is registered for the format.</exception>
    public IReportRenderer Get(ReportFormat format) =>
        _byFormat.TryGetValue(format, out var renderer)
            ? renderer
            : throw new NotSupportedException($"No renderer is registered for format {format}; registered: {string.Join(", ", _byFormat.Keys)}.");

    /// <summary>Finds the renderer for <paramref name="format"/>.</summary>
    public bool TryGet(ReportFormat format, out IReportRenderer renderer) => _byFormat.TryGetValue(format, out renderer!);
}
