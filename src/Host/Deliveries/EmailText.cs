using System.Globalization;
using ReportGraph.Abstractions;

namespace ReportGraph.Host.Deliveries;

/// <summary>Wording shared by the HTML template and the plain-text alternative, so both say the same.</summary>
public static class EmailText
{
    /// <summary>"Hello Ana," or "Hello," when no name is known.</summary>
    public static string Greeting(ReportRecipient recipient) =>
        string.IsNullOrWhiteSpace(recipient.DisplayName) ? "Hello," : $"Hello {recipient.DisplayName.Trim()},";

    /// <summary>A file size for people: "842 bytes", "12.4 KB", "23.1 MB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        < 1024L * 1024 * 1024 => (bytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        _ => (bytes / (1024d * 1024 * 1024)).ToString("0.##", CultureInfo.InvariantCulture) + " GB",
    };

    /// <summary>An expiry in the schedule's zone, e.g. "2026-11-28 09:00 (UTC+01:00)".</summary>
    public static string Expiry(DateTimeOffset at) =>
        at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (UTC" + at.ToString("zzz", CultureInfo.InvariantCulture) + ")";

    /// <summary>What the email says about a file: attached, or too large with its link's expiry.</summary>
    public static string FileState(EmailFile file) => file.DownloadUrl is null
        ? "attached"
        : "too large to attach — download" + (file.DownloadExpiresAt is { } at ? $" (link valid until {Expiry(at)})" : string.Empty);

    /// <summary>"12 of 1,250 rows" for the preview heading.</summary>
    public static string PreviewCount(TablePreview preview) => preview.TotalRows == 0 ? "no rows"
        : preview.TotalRows >= 0
        ? $"first {preview.Rows.Count} of {preview.TotalRows.ToString("N0", CultureInfo.InvariantCulture)} rows"
        : $"first {preview.Rows.Count} rows";

    /// <summary>The footer's explanation of why the recipient gets this email.</summary>
    public static string Why(ReportEmailModel model) =>
        $"You receive this email because {model.Recipient.Email} is a recipient of the scheduled report \"{model.ScheduleName}\".";
}
