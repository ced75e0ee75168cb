using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Api;

/// <summary>Relay's <c>node</c> and <c>nodes</c>: any object by its global id, with the same access rules as everywhere.</summary>
[ExtendObjectType("Query")]
public sealed class NodeQueries
{
    /// <summary>The object with this global id, or null when it does not exist or is not yours.</summary>
    public async Task<INode?> Node([ID] string id, IResolverContext context) =>
        (await LoadAsync([id], context)).Single();

    /// <summary>The objects with these global ids, in order; null for each that does not exist or is not yours.</summary>
    public Task<IReadOnlyList<INode?>> Nodes([ID] IReadOnlyList<string> ids, IResolverContext context) => LoadAsync(ids, context);

    private static async Task<IReadOnlyList<INode?>> LoadAsync(IReadOnlyList<string> ids, IResolverContext context)
    {
        if (ids.Count > 100)
        {
            throw new GraphQLException($"nodes accepts at most 100 ids; got {ids.Count}.", ApiErrorCodes.BadUserInput);
        }

        var caller = context.RequireCaller();
        var db = ApiDb.Open(context);
        var result = new List<INode?>();
        foreach (var id in ids)
        {
            if (!GlobalId.TryDecode(id, out var type, out var key))
            {
                throw new GraphQLException($"'{id}' is not a valid id.", ApiErrorCodes.BadUserInput);
            }

            result.Add(type switch
            {
                "Schedule" => await db.Schedules.Where(s => s.Id == key && (caller.IsAdmin || s.OwnerId == caller.UserId))
                    .Select(ScheduleNode.Projection).SingleOrDefaultAsync(context.RequestAborted),
                "Recipient" => await db.Recipients.Where(r => r.Id == key && (caller.IsAdmin || r.Schedule!.OwnerId == caller.UserId))
                    .Select(RecipientNode.Projection).SingleOrDefaultAsync(context.RequestAborted),
                "Execution" => await db.Executions.Where(e => e.Id == key && (caller.IsAdmin || e.Schedule!.OwnerId == caller.UserId))
                    .Select(ExecutionNode.Projection).SingleOrDefaultAsync(context.RequestAborted),
                "User" => await db.Users.Where(u => u.Id == key && (caller.IsAdmin || u.Id == caller.UserId))
                    .Select(UserNode.Projection).SingleOrDefaultAsync(context.RequestAborted),
                _ => null,
            });
        }

        return result;
    }
}
