using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ReportGraph.Host.Executions;

/// <summary>Execution change notifications within one node.</summary>
public sealed class InProcessExecutionEvents : IExecutionEvents
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Channel<Guid>, byte>> _watchers = new();

    /// <inheritdoc />
    public void Changed(Guid executionId)
    {
        if (_watchers.TryGetValue(executionId, out var channels))
        {
            foreach (var channel in channels.Keys)
            {
                channel.Writer.TryWrite(executionId);
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Guid> WatchAsync(Guid executionId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Bounded, dropping older signals: a slow reader only needs to know "something changed".
        var channel = Channel.CreateBounded<Guid>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        var channels = _watchers.GetOrAdd(executionId, _ => new());
        channels.TryAdd(channel, 0);
        try
        {
            await foreach (var id in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return id;
            }
        }
        finally
        {
            channels.TryRemove(channel, out _);
        }
    }
}
