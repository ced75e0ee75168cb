namespace ReportGraph.Rendering;

/// <summary>MIME types of the files the renderers produce.</summary>
public static class ContentTypes
{
    /// <summary>PDF.</summary>
    public const string Pdf = "application/pdf";
    /// <summary>CSV (RFC 4180, UTF-8).</summary>
    public const string Csv = "text/csv";
    /// <summary>Excel workbook.</summary>
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /// <summary>JSON.</summary>
    public const string Json = "application/json";
    /// <summary>HTML.</summary>
    public const string Html = "text/html";
}
