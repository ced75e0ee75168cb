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
    /// <summary>Called by a DataLoader when it gets its first new key since its last fetch.</summary>
    void Schedule(IBatchDispatchable batch);

    /// <summary>Fetches pending batches now instead of waiting (for an execution engine that knows it has no more work ready).</summary>
    void DispatchNow();
}

/// <summary>
/// The default scheduler. The execution engine starts all sibling fields and list items before awaiting any, so the
/// keys of one "tick" arrive in a burst; the scheduler waits until the burst is over — until several
/// <see cref="Task.Yield"/> rounds pass without a new key — and then fetches the pending batches <b>one after another</b>
/// (never two at once, so loaders may share a request's DbContext, which allows one command at a time). Keys asked for
/// while a batch runs go to the next round. <see cref="DispatchNow"/> skips the wait.
/// </summary>
/// <remarks>
/// The wait is a heuristic: on a machine so loaded that the thread collecting keys is paused for longer than the
/// yield rounds, a burst is split into two batches. Results stay correct; only the number of queries grows.
/// </remarks>
public sealed class BatchScheduler : IBatchScheduler
{
    /// <summary>Yield rounds without a new key before a dispatch.</summary>
    private const int QuietRounds = 4;

    private readonly object _gate = new();
    private readonly List<IBatchDispatchable> _pending = new();
    private long _version;
    private bool _running;
    private bool _dispatchRequested;

    /// <inheritdoc/>
    public void Schedule(IBatchDispatchable batch)
    {
        lock (_gate)
        {
            _version++;
            if (!_pending.Contains(batch)) _pending.Add(batch);
            if (_running) return;
            _running = true;
        }
        _ = RunAsync();
    }

    /// <inheritdoc/>
    public void DispatchNow()
    {
        lock (_gate) _dispatchRequested = true;
    }

    private async Task RunAsync()
    {
        while (true)
        {
            await WaitForQuietAsync().ConfigureAwait(false);
            IBatchDispatchable[] batches;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _running = false;
                    return;
                }
                batches = _pending.ToArray();
                _pending.Clear();
                _dispatchRequested = false;
            }
            // Each loader completes its own promises, including failures; nothing escapes to here.
            foreach (var batch in batches) await batch.DispatchAsync().ConfigureAwait(false);
        }
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
