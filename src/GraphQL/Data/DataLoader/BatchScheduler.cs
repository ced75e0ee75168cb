namespace ReportGraph.GraphQL.Data;

/// <summary>A batch a DataLoader has collected and can fetch.</summary>
public interface IBatchDispatchable
{
    /// <summary>Fetches the keys collected so far (those requested later go to the next batch).</summary>
    Task DispatchAsync();
}

/// <summary>Decides when the batches of a request's DataLoaders are fetched. One per request.</summary>
public interface IBatchScheduler
{
    /// <summary>Called by a DataLoader for every key it has to fetch.</summary>
    void Schedule(IBatchDispatchable batch);

    /// <summary>Fetches pending batches now (e.g. when the execution engine has no more work ready).</summary>
    void DispatchNow();
}

/// <summary>
/// The default scheduler. Batches are fetched in rounds, <b>one batch after another</b> (never two at once, so loaders
/// may share a request's DbContext, which allows one command at a time); keys asked for while a round runs go to the
/// next round. When a round starts:
/// <list type="bullet">
/// <item>inside work tracked by <see cref="DataLoaderExecution"/> (a <c>RequestExecutor</c> with
/// <see cref="DataLoaderDispatchRule"/>): as soon as no thread runs any of the request's code, i.e. the engine has
/// started every field it can and waits only for data — exact, no timing involved;</item>
/// <item>otherwise (fallback): after several <see cref="Task.Yield"/> rounds pass without a new key. The engine starts
/// all sibling fields and list items before awaiting any, so keys arrive in a burst, but on a loaded machine a pause of
/// the collecting thread can split a burst into two batches (results stay correct; only the number of queries grows).</item>
/// </list>
/// </summary>
public sealed class BatchScheduler : IBatchScheduler
{
    /// <summary>Fallback only: yield rounds without a new key before a dispatch.</summary>
    private const int QuietRounds = 4;

    private readonly Lock _gate = new();
    private readonly List<IBatchDispatchable> _pending = new();
    private long _version;
    private bool _running;
    private bool _dispatchRequested;
    private bool _watchdogArmed;

    /// <summary>Tracked work only: how long keys may wait without progress before the watchdog dispatches them.</summary>
    private static readonly TimeSpan WatchdogDelay = TimeSpan.FromMilliseconds(250);

    /// <inheritdoc/>
    public void Schedule(IBatchDispatchable batch)
    {
        bool watchdog = false;
        lock (_gate)
        {
            _version++;
            if (!_pending.Contains(batch)) _pending.Add(batch);
            if (DataLoaderExecution.IsTracking(this))
            {
                // Tracked work: the idle signal starts the round. The watchdog only matters if that signal cannot come,
                // e.g. a resolver blocking synchronously on a DataLoader (.Result), which keeps the request "busy".
                // It is armed even while a round runs: a key that arrives during a round is left for the next idle
                // signal, which a blocked resolver never sends, so without the watchdog that request would hang.
                if (_watchdogArmed) return;
                _watchdogArmed = true;
                watchdog = true;
            }
            else
            {
                if (_running) return;
                _running = true;
            }
        }
        if (watchdog) _ = WatchdogAsync();
        else _ = RunFallbackAsync();
    }

    /// <summary>Safety net for tracked work: dispatches keys that waited <see cref="WatchdogDelay"/> without any progress.</summary>
    private async Task WatchdogAsync()
    {
        long seen = -1;
        while (true)
        {
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _watchdogArmed = false;
                    return;
                }
                if (!_running && _version == seen)
                {
                    _running = true;
                    _watchdogArmed = false;
                    break;
                }
                seen = _version;
            }
            await Task.Delay(WatchdogDelay).ConfigureAwait(false);
        }
        _ = RunRoundAsync();
    }

    /// <inheritdoc/>
    public void DispatchNow()
    {
        lock (_gate)
        {
            _dispatchRequested = true;
            if (_running || _pending.Count == 0) return;
            _running = true;
        }
        _ = RunRoundAsync();
    }

    /// <summary>The tracked work went idle: start a round in its execution context, so that what the round resumes stays tracked.</summary>
    internal void OnIdle(DataLoaderExecution execution)
    {
        lock (_gate)
        {
            if (_running || _pending.Count == 0) return;
            _running = true;
        }
        ThreadPool.UnsafeQueueUserWorkItem(static state =>
        {
            var (scheduler, context) = ((BatchScheduler, ExecutionContext?))state!;
            if (context is null) _ = scheduler.RunRoundAsync();
            else ExecutionContext.Run(context, static s => _ = ((BatchScheduler)s!).RunRoundAsync(), scheduler);
        }, (this, execution.Context));
    }

    private async Task RunRoundAsync()
    {
        try
        {
            await DispatchPendingAsync().ConfigureAwait(false);
        }
        finally
        {
            lock (_gate) _running = false;
        }
        // When this thread leaves the tracked work, the idle signal starts the next round if keys came in meanwhile.
    }

    private async Task RunFallbackAsync()
    {
        while (true)
        {
            await WaitForQuietAsync().ConfigureAwait(false);
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _running = false;
                    return;
                }
            }
            await DispatchPendingAsync().ConfigureAwait(false);
        }
    }

    private async Task DispatchPendingAsync()
    {
        IBatchDispatchable[] batches;
        lock (_gate)
        {
            batches = _pending.ToArray();
            _pending.Clear();
            _dispatchRequested = false;
        }
        // Each loader completes its own promises, failures included; nothing escapes to here.
        foreach (var batch in batches) await batch.DispatchAsync().ConfigureAwait(false);
    }

    private async Task WaitForQuietAsync()
    {
        int quiet = 0;
        while (quiet < QuietRounds)
        {
            long seen;
            lock (_gate)
            {
                if (_dispatchRequested) return;
                seen = _version;
            }
            await Task.Yield();
            lock (_gate) quiet = _version == seen ? quiet + 1 : 0;
        }
    }
}
