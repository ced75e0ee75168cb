namespace ReportGraph.Host.Executions;

/// <summary>
/// Tells listeners (the <c>executionProgress</c> subscription) that an execution or one of its deliveries
/// changed. Publishers call it after the change is saved; listeners re-read the store.
/// </summary>
public interface IExecutionEvents
{
    /// <summary>Announces a saved change of the execution's status or of one of its deliveries.</summary>
    void Changed(Guid executionId);

    /// <summary>Changes of one execution as they happen, until cancelled.</summary>
    IAsyncEnumerable<Guid> WatchAsync(Guid executionId, CancellationToken cancellationToken);
}
