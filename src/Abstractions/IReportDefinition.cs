namespace ReportGraph.Abstractions;

/// <summary>
/// A report type. The host discovers every public, non-abstract implementation with a public
/// parameterless constructor (or one taking <see cref="IServiceProvider"/>) in a plugin assembly.
/// </summary>
/// <remarks>
/// A definition is created once per host start and shared by every execution, so it must be
/// thread-safe and keep no per-run state. It never writes files or sends mail: the host owns
/// rendering, storage and delivery.
/// </remarks>
public interface IReportDefinition
{
    /// <summary>Stable identifier stored in schedules, e.g. <c>tutor-weekly</c>: lower-case letters, digits and dashes.</summary>
    string Key { get; }

    /// <summary>Human name shown in the API and in emails, e.g. "Tutor weekly report".</summary>
    string DisplayName { get; }

    /// <summary>One or two sentences saying what the report shows and for whom.</summary>
    string Description { get; }

    /// <summary>Version of the report definition (semantic version), shown in the API and recorded on executions.</summary>
    string Version { get; }

    /// <summary>The parameters the report accepts; the host validates schedule input against them.</summary>
    IReadOnlyList<ReportParameter> Parameters { get; }

    /// <summary>The output formats this report can be rendered to.</summary>
    IReadOnlyList<ReportFormat> SupportedFormats { get; }

    /// <summary>
    /// The numeric KPIs every result carries (by <see cref="Kpi.Key"/>), which schedules may use as a send condition.
    /// Optional: a report that declares none can still be sent always or only when it has rows.
    /// </summary>
    IReadOnlyList<KpiDefinition> Kpis => [];

    /// <summary>
    /// Produces the report's data. Tables are streamed: return quickly and yield rows lazily.
    /// </summary>
    /// <param name="request">Validated parameters, period, time zone, data sources and logger.</param>
    /// <param name="cancellationToken">Signalled when the run is cancelled or exceeds its time limit.</param>
    Task<ReportResult> GenerateAsync(ReportRequest request, CancellationToken cancellationToken);
}
