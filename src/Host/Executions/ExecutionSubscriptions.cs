using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Executions;

/// <summary>Following an execution live.</summary>
[ExtendObjectType("Subscription")]
public sealed class ExecutionSubscriptions
{
    /// <summary>
    /// The execution now, then again each time its status or one of its deliveries changes; the stream ends
    /// after the final status (SUCCEEDED, PARTIAL, FAILED, CONDITION_NOT_MET or MISSED).
    /// </summary>
    public async Task<IAsyncEnumerable<ExecutionNode>> ExecutionProgress([ID] string executionId, IResolverContext context, CancellationToken cancellationToken)
    {
        var caller = context.RequireCaller();
        var key = GlobalId.Require(executionId, "Execution", "executionId");
        var dbs = context.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        var events = context.Services.GetRequiredService<IExecutionEvents>();
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            var ownerId = await db.Executions.Where(e => e.Id == key).Select(e => (Guid?)e.Schedule!.OwnerId).SingleOrDefaultAsync(cancellationToken);
            if (ownerId is not { } owner || !caller.MayAccess(owner))
            {
                // Another owner's execution answers like a missing one (no existence oracle).
                throw new GraphQLException($"Execution '{executionId}' does not exist.", ApiErrorCodes.NotFound);
            }
        }

        // Checked before the stream starts, so a refusal is an ordinary error result, not a broken stream.
        return FollowAsync(key, dbs, events, cancellationToken);
    }

    private static async IAsyncEnumerable<ExecutionNode> FollowAsync(Guid key, IDbContextFactory<ReportGraphDbContext> dbs, IExecutionEvents events,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Watch before the first read, so a change between the read and the watch is not lost.
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var changes = events.WatchAsync(key, watching.Token).GetAsyncEnumerator(watching.Token);
        var pendingMove = changes.MoveNextAsync();
        try
        {
            while (true)
            {
                ExecutionNode current;
                await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
                {
                    current = await db.Executions.AsNoTracking().Where(e => e.Id == key).Select(ExecutionNode.Projection).SingleAsync(cancellationToken);
                }

                yield return current;
                if (current.Status is not (ExecutionStatus.Queued or ExecutionStatus.Running or ExecutionStatus.Delivering) || !await pendingMove)
                {
                    yield break;
                }

                pendingMove = changes.MoveNextAsync();
            }
        }
        finally
        {
            // An async iterator cannot be disposed while a MoveNextAsync is pending: end the wait first.
            await watching.CancelAsync();
            try
            {
                await pendingMove;
            }
            catch (OperationCanceledException)
            {
            }

            await changes.DisposeAsync();
        }
    }
}
