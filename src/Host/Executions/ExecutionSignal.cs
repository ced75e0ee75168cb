namespace ReportGraph.Host.Executions;

/// <summary>
/// Wakes the worker when an execution is queued or a running one ends, so neither "run now" nor a backlog
/// waits for the next poll.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A singleton SemaphoreSlim without a wait handle: Dispose frees nothing, and the worker may still wait on it during shutdown.")]
public sealed class ExecutionSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Something was queued, or a slot became free.</summary>
    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up serves any number of queued executions.
        }
    }

    /// <summary>Waits for a signal or the timeout.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
