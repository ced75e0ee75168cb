using ReportGraph.GraphQL.Errors;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// Tells a request's <see cref="IBatchScheduler"/> exactly when the request has no work running, which is when batches
/// should be fetched: every key that can be asked for without new data has been asked for.
/// </summary>
/// <remarks>
/// How: an <see cref="AsyncLocal{T}"/> holding this object flows into all of the request's work (every continuation
/// captures the execution context). Its change handler runs whenever a thread starts or stops running code of the
/// request, so the number of threads busy with the request is known; when it drops to zero, the engine is waiting
/// only for I/O or DataLoaders and the scheduler dispatches. Begin the tracking around the execution —
/// <see cref="DataLoaderDispatchRule"/> does it for a <c>RequestExecutor</c>.
/// </remarks>
public sealed class DataLoaderExecution : IDisposable
{
    private static readonly AsyncLocal<DataLoaderExecution?> Current = new(OnCurrentChanged);

    private readonly DataLoaderExecution? _previous;
    private int _busyThreads;
    private bool _disposed;

    private DataLoaderExecution(IBatchScheduler scheduler)
    {
        Scheduler = scheduler;
        _previous = Current.Value;
        Current.Value = this;   // the calling thread enters (handler: busy = 1)
        Context = ExecutionContext.Capture();
    }

    /// <summary>The scheduler told when the work goes idle.</summary>
    public IBatchScheduler Scheduler { get; }

    /// <summary>The execution context of the tracked work (batches are fetched in it, so their continuations stay tracked).</summary>
    internal ExecutionContext? Context { get; }

    /// <summary>Starts tracking the work that follows in this async flow for <paramref name="scheduler"/>; dispose at its end.</summary>
    public static DataLoaderExecution Begin(IBatchScheduler scheduler) => new(scheduler);

    /// <summary>True when the calling code runs inside work tracked for <paramref name="scheduler"/>.</summary>
    public static bool IsTracking(IBatchScheduler scheduler) => Current.Value is { } current && ReferenceEquals(current.Scheduler, scheduler);

    /// <summary>Stops tracking in this flow.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (ReferenceEquals(Current.Value, this)) Current.Value = _previous;
    }

    private static void OnCurrentChanged(AsyncLocalValueChangedArgs<DataLoaderExecution?> change)
    {
        if (ReferenceEquals(change.PreviousValue, change.CurrentValue)) return;
        change.CurrentValue?.Enter();
        change.PreviousValue?.Exit();
    }

    private void Enter() => Interlocked.Increment(ref _busyThreads);

    private void Exit()
    {
        if (Interlocked.Decrement(ref _busyThreads) != 0 || _disposed) return;
        // Runs inside the runtime's context switch, where an exception would end the process: only hand the dispatch over.
        try
        {
            if (Scheduler is BatchScheduler own) own.OnIdle(this);
            else ThreadPool.UnsafeQueueUserWorkItem(static s => ((IBatchScheduler)s!).DispatchNow(), Scheduler);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Cannot happen with the code above; if it did, the keys still dispatch at the next idle moment.
        }
    }
}

/// <summary>
/// A per-request rule for <c>RequestExecutorOptions.RequestRules</c> that creates the request's DataLoader registry and
/// begins <see cref="DataLoaderExecution"/> tracking, so DataLoaders dispatch exactly when the engine has no more work ready.
/// Without it, DataLoaders fall back to a <see cref="Task.Yield"/>-based wait (see <see cref="BatchScheduler"/>).
/// </summary>
/// <remarks>Request rules run in the executor's own async flow right before execution, which is what makes the tracking reach every resolver.</remarks>
public sealed class DataLoaderDispatchRule : Execution.IRequestRule
{
    /// <inheritdoc/>
    public IEnumerable<GraphQLError> Check(Execution.RequestContext context)
    {
        var registry = DataLoaderResolverContextExtensions.GetOrCreateRegistry(context.ContextData, context.Services);
        // Not disposed on purpose: the value lives in the executor's flow and ends with it (the flow's context is restored when ExecuteAsync returns).
        DataLoaderExecution.Begin(registry.Scheduler);
        return Array.Empty<GraphQLError>();
    }
}

/// <summary>Wiring for <c>RequestExecutorOptions</c>.</summary>
public static class DataLoaderRequestExecutorOptionsExtensions
{
    /// <summary>Adds <see cref="DataLoaderDispatchRule"/> (once), so DataLoaders dispatch when the engine has no more work ready.</summary>
    public static Execution.RequestExecutorOptions UseDataLoaderDispatch(this Execution.RequestExecutorOptions options)
    {
        if (!options.RequestRules.OfType<DataLoaderDispatchRule>().Any()) options.RequestRules.Add(new DataLoaderDispatchRule());
        return options;
    }
}
