using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.Host.Api;

/// <summary>Relay's <c>node</c> and <c>nodes</c>: any object by its global id, with the same access rules as everywhere.</summary>
[ExtendObjectType("Query")]
public sealed class NodeQueries
{
    /// <summary>The object with this global id, or null when it does not exist or is not yours.</summary>
    /// <param name="id">A global id from any type that implements Node.</param>
    public async Task<INode?> Node([ID] string id, IResolverContext context, [Service] IEnumerable<INodeSource> sources) =>
        (await LoadAsync([id], context, sources)).Single();

    /// <summary>The objects with these global ids, in order; null for each that does not exist or is not yours.</summary>
    /// <param name="ids">Global ids from any types that implement Node, at most 100.</param>
    public Task<IReadOnlyList<INode?>> Nodes([ID] IReadOnlyList<string> ids, IResolverContext context, [Service] IEnumerable<INodeSource> sources) =>
        LoadAsync(ids, context, sources);

    private static async Task<IReadOnlyList<INode?>> LoadAsync(IReadOnlyList<string> ids, IResolverContext context, IEnumerable<INodeSource> sources)
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

            // A handful of node types: a scan is cheaper than building an index per request.
            var source = sources.FirstOrDefault(s => s.TypeName == type);
            result.Add(source is null ? null : await source.LoadAsync(db, caller, key, context.RequestAborted));
        }

        return result;
    }
}
