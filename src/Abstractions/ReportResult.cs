namespace ReportGraph.Abstractions;

/// <summary>What a report produced: tables, summary figures, charts and an optional email body.</summary>
public sealed class ReportResult
{
    /// <summary>Document title, e.g. "Tutor weekly report".</summary>
    public required string Title { get; init; }

    /// <summary>Optional subtitle, e.g. the student's name.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Optional short paragraphs shown after the KPIs.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Summary figures shown as tiles at the top.</summary>
    public IReadOnlyList<Kpi> Kpis { get; init; } = [];

    /// <summary>Charts, described as data; the host draws them per format.</summary>
    public IReadOnlyList<Chart> Charts { get; init; } = [];

    /// <summary>The tables; at least one.</summary>
    public required IReadOnlyList<ReportTable> Tables { get; init; }

    /// <summary>
    /// Optional Razor component type for the email body. It must accept a parameter named
    /// <c>Model</c> of type <see cref="ReportEmailModel"/>; when null the host's template is used.
    /// </summary>
    public Type? EmailComponent { get; init; }
}
