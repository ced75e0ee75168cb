using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportGraph.Abstractions;

namespace ReportGraph.Rendering.Pdf;

/// <summary>
/// Renders a one-page PDF (a table with Latin, CJK and Korean text, bold and regular) in the background once the host
/// has started, so the first user's PDF does not pay for reading the fonts (about 15 MB) and compiling the writer's
/// code. It runs after start, not before: the readiness check already says whether the fonts are there, and the host
/// serves every other format without them. A failure here is only logged at debug level: the check and the first
/// real render report it.
/// </summary>
internal sealed partial class PdfWarmUp(ReportRenderers renderers, IHostApplicationLifetime lifetime, ILogger<PdfWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WhenStartedAsync(stoppingToken).ConfigureAwait(false);
            await renderers.Get(ReportFormat.Pdf).RenderAsync(Sample(), new DiscardingOutput(), stoppingToken).ConfigureAwait(false);
            LogWarm(logger);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }

    private static RenderRequest Sample()
    {
        var table = new ReportTable
        {
            Name = "Warm-up",
            Columns = [new ReportColumn("name", "Name", ColumnType.Text), new ReportColumn("amount", "Amount", ColumnType.Currency)],
            Rows = Rows(),
        };
        var at = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        return new RenderRequest(
            new ReportResult { Title = "Warm-up", Kpis = [new Kpi("Rows", 2) { Type = ColumnType.Integer }], Tables = [table] },
            "Warm-up", new ReportPeriod(at.AddDays(-7), at, "Warm-up"), TimeZoneInfo.Utc, CultureInfo.InvariantCulture, at, null, "warm-up");
    }

    private static async IAsyncEnumerable<object?[]> Rows()
    {
        await Task.CompletedTask.ConfigureAwait(false);
        // Latin, Chinese and Korean text, so the fallback faces are read too.
        yield return ["Ada Lovelace", 12.5m];
        yield return ["李小龍 김민준", 7m];
    }

    private sealed class DiscardingOutput : IRenderOutput
    {
        public Stream Create(string fileName, string contentType) => Stream.Null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "PDF rendering warmed up: fonts read, first PDF rendered in the background")]
    private static partial void LogWarm(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The PDF warm-up render failed; the pdfFonts readiness check and the first PDF run report why")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
