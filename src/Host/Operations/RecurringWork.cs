namespace ReportGraph.Host.Operations;

/// <summary>
/// A background service that does one pass of work, waits its interval and goes again until the host stops. A pass
/// that fails is logged and the next one still comes: the work it missed waits in the store.
/// </summary>
public abstract class RecurringWork(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The clock the waits and the work read (a fake one in tests).</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>The log of the work.</summary>
    protected ILogger Logger { get; } = logger;

    /// <summary>How long to wait after a pass; read before each wait, so a changed setting applies to the next.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What the log calls a pass when it fails, e.g. "The retention job".</summary>
    protected abstract string PassName { get; }

    /// <summary>One pass of the work.</summary>
    protected abstract Task RunPassAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunPassAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Logger.LogError(ex, "{Pass} failed; the next pass starts in {Interval}", PassName, Interval);
            }

            try
            {
                await Task.Delay(Interval, Clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
