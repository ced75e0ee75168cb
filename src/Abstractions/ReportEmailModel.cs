namespace ReportGraph.Abstractions;

/// <summary>
/// What the host hands to an email body component (the plugin's, or the host's default template)
/// as its <c>Model</c> parameter.
/// </summary>
public sealed class ReportEmailModel
{
    /// <summary>The report's title.</summary>
    public required string Title { get; init; }

    /// <summary>The report's subtitle, if any.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The schedule's name.</summary>
    public required string ScheduleName { get; init; }

    /// <summary>The message the schedule owner wrote for recipients (plain text).</summary>
    public string? Message { get; init; }

    /// <summary>The reporting period.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>The recipient the email goes to.</summary>
    public required ReportRecipient Recipient { get; init; }

    /// <summary>KPIs with their values already formatted for display.</summary>
    public IReadOnlyList<FormattedKpi> Kpis { get; init; } = [];

    /// <summary>Email-safe HTML of the charts (tables and inline styles; no SVG or script). Trusted markup.</summary>
    public IReadOnlyList<string> ChartHtml { get; init; } = [];

    /// <summary>The first rows of the first table, formatted, for a preview.</summary>
    public TablePreview? Preview { get; init; }

    /// <summary>Attached files and files offered by link.</summary>
    public IReadOnlyList<EmailFile> Files { get; init; } = [];

    /// <summary>The recipient's one-click unsubscribe page.</summary>
    public required Uri UnsubscribeUrl { get; init; }

    /// <summary>Notes of the report.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>A KPI ready to show.</summary>
/// <param name="Label">The label.</param>
/// <param name="Value">The formatted value.</param>
/// <param name="Detail">Optional detail text.</param>
/// <param name="Tone">Colour hint.</param>
public sealed record FormattedKpi(string Label, string Value, string? Detail, KpiTone Tone);

/// <summary>The first rows of a table, formatted for display.</summary>
/// <param name="TableName">The table's name.</param>
/// <param name="Headers">Column headers.</param>
/// <param name="NumericColumns">Which columns hold numbers (right-aligned).</param>
/// <param name="Rows">Formatted cells.</param>
/// <param name="TotalRows">How many rows the full table has.</param>
public sealed record TablePreview(string TableName, IReadOnlyList<string> Headers, IReadOnlyList<bool> NumericColumns, IReadOnlyList<IReadOnlyList<string>> Rows, long TotalRows)
{
    /// <summary>The table's empty-state sentence when it has no rows (see <see cref="ReportTable.EmptyText"/>); null otherwise.</summary>
    public string? EmptyText { get; init; }
}

/// <summary>A file of the report as the email offers it.</summary>
/// <param name="FileName">The file name.</param>
/// <param name="SizeBytes">The file size.</param>
/// <param name="DownloadUrl">
/// A signed, expiring link when the file was too large to attach (the host's download page, <c>/email/files/{token}</c>,
/// which shows the file and its expiry; without <c>/email</c> it downloads directly); null when attached.
/// </param>
public sealed record EmailFile(string FileName, long SizeBytes, Uri? DownloadUrl)
{
    /// <summary>When <see cref="DownloadUrl"/> stops working, in the schedule's time zone; null when attached.</summary>
    public DateTimeOffset? DownloadExpiresAt { get; init; }
}
