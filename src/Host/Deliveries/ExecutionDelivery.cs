using Microsoft.Extensions.Options;
using ReportGraph.Abstractions;
using ReportGraph.Host.Deliveries.Webhooks;
using ReportGraph.Host.Executions;
using ReportGraph.Rendering.Charts;
using ReportGraph.Rendering.Formatting;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Delivery's side of a run: turns the run's result into the email every recipient shares (formatted KPIs,
/// email-safe charts, a preview of the first table) and sends it through <see cref="IDeliveryRunner"/>.
/// </summary>
internal sealed class ExecutionDelivery(IDeliveryRunner runner, WebhookRunner webhooks, DeliveryStates states, IOptions<ExecutionOptions> executionOptions, ILogger<ExecutionDelivery> logger) : IExecutionDelivery
{
    public async Task<DeliveryOutcome> DeliverAsync(ExecutionReport report, CancellationToken cancellationToken)
    {
        var email = await BuildEmailAsync(report, cancellationToken);
        await runner.DeliverAsync(email, report.TestAddress, cancellationToken);
        await webhooks.DeliverAsync(email, cancellationToken);
        return await states.CountAsync(report.ExecutionId, cancellationToken);
    }

    public Task RecordUnsentAsync(Guid executionId, UnsentReaders unsent, CancellationToken cancellationToken) =>
        runner.RecordUnsentAsync(executionId, unsent, cancellationToken);

    public Task<DeliveryOutcome> CountAsync(Guid executionId, CancellationToken cancellationToken) => states.CountAsync(executionId, cancellationToken);

    /// <summary>The shared part of the run's emails.</summary>
    private async Task<EmailReport> BuildEmailAsync(ExecutionReport report, CancellationToken cancellationToken)
    {
        var result = report.Result;
        var formatter = new ValueFormatter(report.Culture, report.TimeZone);
        var previewRows = executionOptions.Value.PreviewRows;
        TablePreview? preview = null;
        try
        {
            preview = previewRows > 0 && result.Tables.Count > 0
                ? await new TablePreviewBuilder(formatter).BuildAsync(result.Tables[0], previewRows, cancellationToken)
                : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The files are rendered and stored; a preview that cannot be read again must not keep them from the recipients.
            logger.LogWarning(ex, "Execution {ExecutionId}: the email preview of the first table could not be read; sending without it", report.ExecutionId);
        }

        return new EmailReport
        {
            Run = report,
            Kpis = result.Kpis.Select(formatter.Format).ToList(),
            ChartHtml = result.Charts.Select(c => EmailChartHtml.Render(c, report.Culture)).ToList(),
            Preview = preview,
        };
    }
}
