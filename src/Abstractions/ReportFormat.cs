namespace ReportGraph.Abstractions;

/// <summary>The file formats the host can render a report to.</summary>
public enum ReportFormat
{
    /// <summary>Comma-separated values, one file per table.</summary>
    Csv,
    /// <summary>Excel workbook, one sheet per table.</summary>
    Xlsx,
    /// <summary>Paginated PDF document with KPIs, charts and tables.</summary>
    Pdf,
    /// <summary>Stand-alone HTML document with SVG charts.</summary>
    Html,
    /// <summary>JSON document with KPIs, charts and table rows.</summary>
    Json,
}
