using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
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
    /// after the final status (SUCCEEDED, PARTIAL, FAILED or MISSED).
    /// </summary>
    public async IAsyncEnumerable<ExecutionNode> ExecutionProgress([ID] string executionId, IResolverContext context,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var caller = context.RequireCaller();
        var key = GlobalId.Require(executionId, "Execution", "executionId");
        var dbs = context.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        var events = context.Services.GetRequiredService<IExecutionEvents>();
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            var ownerId = await db.Executions.Where(e => e.Id == key).Select(e => (Guid?)e.Schedule!.OwnerId).SingleOrDefaultAsync(cancellationToken)
                ?? throw new GraphQLException($"Execution '{executionId}' does not exist.", ApiErrorCodes.NotFound);
            if (!caller.MayAccess(ownerId))
            {
                throw new GraphQLException("You may only follow executions of your own schedules.", ApiErrorCodes.Forbidden);
            }
        }

        // Watch before the first read, so a change between the read and the watch is not lost.
        await using var changes = events.WatchAsync(key, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var pendingMove = changes.MoveNextAsync();
        while (true)
        {
            ExecutionNode current;
            await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
            {
                current = await db.Executions.AsNoTracking().Where(e => e.Id == key).Select(ExecutionNode.Projection).SingleAsync(cancellationToken);
            }

            yield return current;
            if (current.Status is not (ExecutionStatus.Queued or ExecutionStatus.Running))
            {
                yield break;
            }

            if (!await pendingMove)
            {
                yield break;
            }

            pendingMove = changes.MoveNextAsync();
        }
    }
}
