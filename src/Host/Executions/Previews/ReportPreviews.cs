using System.Globalization;
using Microsoft.Extensions.Options;
using ReportGraph.Abstractions;
using ReportGraph.Host.Api;
using ReportGraph.Host.Plugins;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Rendering;

namespace ReportGraph.Host.Executions.Previews;

/// <summary>One rendered preview file and its short-lived link.</summary>
/// <param name="Format">The file's format.</param>
/// <param name="FileName">The file's name, as an email would attach it.</param>
/// <param name="ContentType">MIME type.</param>
/// <param name="SizeBytes">Size in bytes.</param>
/// <param name="Url">The link (relative to the host), valid until the preview expires.</param>
public sealed record PreviewedFile(ReportFormat Format, string FileName, string ContentType, long SizeBytes, string Url);

/// <summary>A rendered preview: its files, the period it covers and when its links stop working.</summary>
public sealed record RenderedPreview(IReadOnlyList<PreviewedFile> Files, ReportPeriod Period, DateTimeOffset ExpiresAt, long Rows);

/// <summary>
/// Renders a report as a schedule with these settings would (same checks as createSchedule, same period as run now:
/// the last complete period of the recurrence), without an execution, deliveries or email. The files live in a
/// <see cref="PreviewFolder"/> until their links expire.
/// </summary>
public sealed class ReportPreviews(
    ScheduleValidator validator,
    ParameterOptionsCheck parameterOptions,
    ReportRenderers renderers,
    IReportDataSources dataSources,
    PreviewFolder folder,
    PreviewLinks links,
    TimeProvider clock,
    IOptions<ExecutionOptions> options,
    IServiceProvider services,
    ILoggerFactory loggers)
{
    /// <summary>The period a preview covers when no recurrence is given: the last full Monday–Sunday week.</summary>
    private static readonly Recurrence DefaultRecurrence = Recurrence.Weekly(new TimeOnly(8, 0), DayOfWeek.Monday);

    /// <summary>Checks the input like createSchedule does and renders every requested format.</summary>
    public async Task<CommandResult<RenderedPreview>> RenderAsync(Caller caller, PreviewReportInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<InputError>();
        var definition = validator.CheckReportType(input.ReportType, errors);
        var parametersJson = await ScheduleValidator.CheckParametersAsync(definition, input.Parameters, parameterOptions, errors, cancellationToken);
        var timeZone = string.IsNullOrWhiteSpace(input.TimeZone) ? "UTC" : input.TimeZone;
        Recurrence? rule = DefaultRecurrence;
        TimeZoneInfo? zone = null;
        if (input.Recurrence is not null)
        {
            (rule, var zoneId) = validator.CheckRecurrence(input.Recurrence, timeZone, errors);
            zone = zoneId is null ? null : TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        else if (TimeZoneResolver.TryResolve(timeZone, out var resolved, out var zoneError))
        {
            zone = resolved;
        }
        else
        {
            errors.Add(new(["timeZone"], RecurrenceProblemCodes.InvalidTimeZone, "timeZone " + zoneError));
        }

        ScheduleValidator.CheckFormats(input.Formats, definition, errors);
        if (errors.Count > 0 || definition is null || parametersJson is null || rule is null || zone is null)
        {
            return CommandResult<RenderedPreview>.Invalid(errors);
        }

        folder.Sweep();
        var now = clock.GetUtcNow();
        var period = ReportingPeriods.LastComplete(rule, zone, now, null);
        var bound = ParameterBinder.Bind(definition.Parameters, parametersJson, ["parameters"]);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.Value.Timeout);
        ReportResult result;
        try
        {
            result = await definition.GenerateAsync(new ReportRequest
            {
                Parameters = bound.Values,
                Period = period,
                TimeZone = zone,
                ScheduledFor = now,
                DataSources = dataSources,
                Logger = loggers.CreateLogger("ReportGraph.Plugins." + definition.Key),
                Services = services,
            }, limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Failed($"The report did not finish within its time limit of {options.Value.Timeout:c}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A plugin's failure is the preview's answer, as it would be a run's.
            return Failed($"The report failed: {ex.GetType().Name}: {ex.Message}");
        }

        if (result.Tables is not { Count: > 0 })
        {
            return Failed($"Report type '{definition.Key}' returned no tables.");
        }

        var counting = new CountingTables(result);
        var id = folder.Create();
        var culture = CultureInfo.GetCultureInfo(options.Value.Culture);
        var baseName = $"{FileNames.Slug(definition.DisplayName)}-{period.StartDate:yyyy-MM-dd}";
        var formats = input.Formats.Distinct().ToList();
        foreach (var format in formats)
        {
            await renderers.Get(format).RenderAsync(
                new RenderRequest(counting.Result, definition.DisplayName, period, zone, culture, now, null, baseName), folder.Output(id), limit.Token);
        }

        var expiresAt = links.ExpiryFromNow();
        var files = folder.Files(id)
            .Select(f => new PreviewedFile(FormatOf(f.Name), f.Name, ContentTypeOf(f.Name), f.Length, links.Create(id, f.Name, expiresAt)))
            // In the order the formats were asked for (by name, HTML would come before PDF); the sort is stable, so a
            // format's several files (one CSV per table) stay in name order.
            .OrderBy(f => formats.IndexOf(f.Format))
            .ToList();
        return CommandResult<RenderedPreview>.Ok(new RenderedPreview(files, period, expiresAt, counting.TotalRows));
    }

    private static CommandResult<RenderedPreview> Failed(string message) =>
        CommandResult<RenderedPreview>.Invalid([new InputError(["reportType"], PreviewErrorCodes.ReportFailed, message)]);

    private static ReportFormat FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => ReportFormat.Csv,
        ".xlsx" => ReportFormat.Xlsx,
        ".pdf" => ReportFormat.Pdf,
        ".json" => ReportFormat.Json,
        _ => ReportFormat.Html,
    };

    /// <summary>The MIME type of a preview file, from its extension (the renderers' own types, see <see cref="ContentTypes"/>).</summary>
    public static string ContentTypeOf(string fileName) => FormatOf(fileName) switch
    {
        ReportFormat.Csv => ContentTypes.Csv,
        ReportFormat.Xlsx => ContentTypes.Xlsx,
        ReportFormat.Pdf => ContentTypes.Pdf,
        ReportFormat.Json => ContentTypes.Json,
        _ => ContentTypes.Html,
    };
}

/// <summary>Error codes of previewReport besides the input ones.</summary>
public static class PreviewErrorCodes
{
    /// <summary>The plugin failed or ran out of time; the message says why.</summary>
    public const string ReportFailed = "REPORT_FAILED";
}
