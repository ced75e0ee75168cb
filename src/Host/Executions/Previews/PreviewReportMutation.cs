using System.Text.Json;
using ReportGraph.Abstractions;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Executions.Previews;

/// <summary>Input of previewReport: the report part of createSchedule's input.</summary>
public sealed record PreviewReportInput
{
    /// <summary>Key of the report type, e.g. "tutor-weekly" (see <c>reportTypes</c>).</summary>
    public required string ReportType { get; init; }
    /// <summary>Parameter values by name as a JSON object, e.g. `{ tutorId: "all" }`; defaults fill the rest.</summary>
    public JsonElement? Parameters { get; init; }
    /// <summary>Files to render; at least one, each supported by the report type.</summary>
    public required IReadOnlyList<ReportFormat> Formats { get; init; }
    /// <summary>The schedule's recurrence, which decides the period (its last complete one); default: the last full Monday–Sunday week.</summary>
    public RecurrenceInput? Recurrence { get; init; }
    /// <summary>IANA time zone id the period is counted in, e.g. "Europe/Berlin"; default UTC.</summary>
    public string? TimeZone { get; init; }
}

/// <summary>One rendered preview file.</summary>
[GraphQLName("PreviewFile")]
public sealed class PreviewFileNode(PreviewedFile file)
{
    /// <summary>The file's format.</summary>
    public ReportFormat Format => file.Format;
    /// <summary>The file's name, as an email would attach it, e.g. "tutor-weekly-2026-11-23.pdf".</summary>
    public string FileName => file.FileName;
    /// <summary>MIME type, e.g. "application/pdf".</summary>
    public string ContentType => file.ContentType;
    /// <summary>Size in bytes.</summary>
    public long SizeBytes => file.SizeBytes;
    /// <summary>
    /// Download link relative to this host (/previews/ and a signed token), valid until expiresAt; it shows the file in the
    /// browser (HTML in a sandbox, PDF in its viewer). Anyone holding it can open it until then.
    /// </summary>
    public string Url => file.Url;
}

/// <summary>The result of previewReport.</summary>
public sealed class PreviewReportPayload(RenderedPreview? preview, IReadOnlyList<InputError>? errors = null) : Payload(errors)
{
    /// <summary>The rendered files, one per requested format; null when there are errors.</summary>
    public IReadOnlyList<PreviewFileNode>? Files { get; } = preview?.Files.Select(f => new PreviewFileNode(f)).ToList();
    /// <summary>The period the preview covers, e.g. "Week 47, 2026 (16–22 Nov)"; null when there are errors.</summary>
    public string? PeriodLabel { get; } = preview?.Period.Label;
    /// <summary>Rows over all tables of the report; null when there are errors.</summary>
    public long? Rows { get; } = preview?.Rows;
    /// <summary>When the links stop working and the files are removed (Executions:PreviewLifetime after rendering).</summary>
    public DateTimeOffset? ExpiresAt { get; } = preview?.ExpiresAt;
}

/// <summary>Rendering a report before saving a schedule.</summary>
[ExtendObjectType("Mutation")]
public sealed class PreviewReportMutation
{
    /// <summary>
    /// Renders the report with these parameters and formats, checked like createSchedule's, for the period a run now
    /// would cover; nothing is emailed, no execution is recorded. Returns short-lived links to the files. Example input:
    /// `{ reportType: "tutor-weekly", parameters: { tutorId: "all" }, formats: [PDF, HTML] }`.
    /// </summary>
    /// <param name="input">The report type, its parameters, the formats and optionally the recurrence and time zone.</param>
    public async Task<PreviewReportPayload> PreviewReport(PreviewReportInput input, IResolverContext context, [Service] ReportPreviews previews)
    {
        var result = await previews.RenderAsync(context.RequireCaller(), input, context.RequestAborted);
        return new PreviewReportPayload(result.Value, result.Errors);
    }
}
