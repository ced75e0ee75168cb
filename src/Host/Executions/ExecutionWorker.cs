using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Executions;

/// <summary>
/// Runs queued executions on this node, at most <see cref="ExecutionOptions.MaxConcurrent"/> at once, and
/// takes over executions whose node died (lease ran out). While an execution runs its lease is renewed; a
/// lost lease cancels the local run, since another node now owns it.
/// </summary>
public sealed class ExecutionWorker(
    ExecutionLeases leases,
    ExecutionSignal signal,
    IServiceScopeFactory scopes,
    IOptions<ExecutionOptions> options,
    ILogger<ExecutionWorker> logger) : BackgroundService
{
    private readonly Dictionary<Guid, Task> _running = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                lock (_running)
                {
                    foreach (var done in _running.Where(r => r.Value.IsCompleted).Select(r => r.Key).ToList())
                    {
                        _running.Remove(done);
                    }
                }

                var free = options.Value.MaxConcurrent - _running.Count;
                if (free > 0)
                {
                    foreach (var id in await leases.FindClaimableAsync(free * 2, stoppingToken))
                    {
                        if (_running.Count >= options.Value.MaxConcurrent) break;
                        if (_running.ContainsKey(id) || !await leases.TryClaimAsync(id, stoppingToken)) continue;
                        lock (_running) { _running[id] = Task.Run(() => RunWithLeaseAsync(id, stoppingToken), CancellationToken.None); }
                    }
                }

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The store may be briefly unavailable; try again on the next round rather than stop working.
                logger.LogError(ex, "The execution worker failed to poll; retrying");
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }

        Task[] remaining;
        lock (_running) { remaining = _running.Values.ToArray(); }
        await Task.WhenAll(remaining).ContinueWith(_ => { }, CancellationToken.None);
    }

    private async Task RunWithLeaseAsync(Guid executionId, CancellationToken stoppingToken)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var heartbeat = HeartbeatAsync(executionId, run);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ExecutionRunner>().RunAsync(executionId, run.Token);
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            // Stopping or lease lost: the lease runs out and the execution is resumed by whoever claims it next.
            logger.LogWarning("Execution {ExecutionId} was interrupted; it will be resumed", executionId);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Execution {ExecutionId} stopped unexpectedly; it will be resumed when its lease runs out", executionId);
        }
        finally
        {
            await run.CancelAsync();
            await heartbeat.ContinueWith(_ => { }, CancellationToken.None);
            // A slot is free: claim the next queued execution now rather than at the next poll, so a backlog
            // (many schedules due at the same minute) runs back to back.
            signal.Notify();
        }
    }

    private async Task HeartbeatAsync(Guid executionId, CancellationTokenSource run)
    {
        var every = options.Value.LeaseDuration / 3;
        while (!run.IsCancellationRequested)
        {
            await Task.Delay(every, run.Token);
            if (!await leases.RenewAsync(executionId, run.Token))
            {
                logger.LogWarning("Lost the lease of execution {ExecutionId}; another node took it over", executionId);
                await run.CancelAsync();
            }
        }
    }
}
