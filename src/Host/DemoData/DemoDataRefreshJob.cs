namespace ReportGraph.Host.DemoData;

/// <summary>
/// Brings the demo data up to the new day a minute after every UTC midnight, for a service that keeps running
/// (the start-up refresh is done by <see cref="DemoDataSeeder"/> before the host takes requests).
/// </summary>
internal sealed class DemoDataRefreshJob(DemoDataRefresher refresher, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!refresher.IsEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(UntilNextDay(clock.GetUtcNow()), clock, stoppingToken);
                await refresher.RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>The wait until one minute past the next UTC midnight.</summary>
    internal static TimeSpan UntilNextDay(DateTimeOffset now) =>
        new DateTimeOffset(now.UtcDateTime.Date.AddDays(1).AddMinutes(1), TimeSpan.Zero) - now;
}
