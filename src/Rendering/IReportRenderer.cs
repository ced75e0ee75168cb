using ReportGraph.Abstractions;

namespace ReportGraph.Rendering;

/// <summary>Renders a report result to one output format (one or more files).</summary>
public interface IReportRenderer
{
    /// <summary>The format this renderer produces.</summary>
    ReportFormat Format { get; }

    /// <summary>
    /// Renders <paramref name="request"/>, creating each file through <paramref name="output"/>.
    /// Table rows are streamed: a renderer never holds every row of a table.
    /// </summary>
    /// <exception cref="ReportTableShapeException">A row's length does not match its table's columns.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was signalled.</exception>
    Task RenderAsync(RenderRequest request, IRenderOutput output, CancellationToken ct);
}
