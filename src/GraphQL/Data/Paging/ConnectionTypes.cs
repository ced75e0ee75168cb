using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Data;

/// <summary>Builds (once per node type) the <c>XConnection</c> and <c>XEdge</c> types and the shared <c>PageInfo</c> type.</summary>
internal static class ConnectionTypes
{
    private const string Marker = "ReportGraph.Data.Connection";

    public static ObjectType GetOrCreate(SchemaBuildContext build, INamedType nodeType, bool includeTotalCount)
    {
        var name = nodeType.Name + "Connection";
        if (build.GetType(name) is ObjectType existing && existing.ContextData.ContainsKey(Marker))
        {
            if (includeTotalCount && !existing.Fields.Contains("totalCount")) existing.AddField(TotalCountField());
            return existing;
        }

        var edge = new ObjectType(nodeType.Name + "Edge") { Description = "An edge in a connection: an item and its cursor." };
        edge.AddField(new FieldDefinition("cursor", new NonNullType(Scalars.String))
        {
            Description = "A cursor for use in pagination (pass it as after or before).",
            PureResolver = parent => ((Edge)parent!).Cursor,
        });
        edge.AddField(new FieldDefinition("node", new NonNullType((IGraphQLType)nodeType))
        {
            Description = "The item at the end of the edge.",
            PureResolver = parent => ((Edge)parent!).Node,
        });
        build.AddType(edge);

        var connection = new ObjectType(name) { Description = $"A connection to a list of {nodeType.Name} items (one page, with cursors)." };
        connection.ContextData[Marker] = true;
        connection.AddField(new FieldDefinition("pageInfo", new NonNullType(GetOrCreatePageInfo(build)))
        {
            Description = "Information to aid in pagination.",
            PureResolver = parent => ((Connection)parent!).PageInfo,
        });
        connection.AddField(new FieldDefinition("edges", new ListType(new NonNullType(edge)))
        {
            Description = "A list of edges.",
            PureResolver = parent => ((Connection)parent!).Edges,
        });
        connection.AddField(new FieldDefinition("nodes", new ListType(new NonNullType((IGraphQLType)nodeType)))
        {
            Description = "A flattened list of the nodes.",
            PureResolver = parent => ((Connection)parent!).Nodes,
        });
        if (includeTotalCount) connection.AddField(TotalCountField());
        build.AddType(connection);
        return connection;
    }

    private static FieldDefinition TotalCountField() => new("totalCount", new NonNullType(Scalars.Int))
    {
        Description = "The number of items in the whole list (after filtering), ignoring paging. Runs a count query only when selected.",
        Resolver = async context => await ((Connection)context.Parent!).GetTotalCountAsync(context.RequestAborted).ConfigureAwait(false),
    };

    private static ObjectType GetOrCreatePageInfo(SchemaBuildContext build)
    {
        if (build.GetType("PageInfo") is ObjectType existing) return existing;
        var pageInfo = new ObjectType("PageInfo") { Description = "Information about pagination in a connection." };
        pageInfo.AddField(new FieldDefinition("hasNextPage", new NonNullType(Scalars.Boolean))
        {
            Description = "Indicates whether more edges exist following the set defined by the clients arguments.",
            PureResolver = parent => ((PageInfo)parent!).HasNextPage,
        });
        pageInfo.AddField(new FieldDefinition("hasPreviousPage", new NonNullType(Scalars.Boolean))
        {
            Description = "Indicates whether more edges exist prior the set defined by the clients arguments.",
            PureResolver = parent => ((PageInfo)parent!).HasPreviousPage,
        });
        pageInfo.AddField(new FieldDefinition("startCursor", Scalars.String)
        {
            Description = "When paginating backwards, the cursor to continue.",
            PureResolver = parent => ((PageInfo)parent!).StartCursor,
        });
        pageInfo.AddField(new FieldDefinition("endCursor", Scalars.String)
        {
            Description = "When paginating forwards, the cursor to continue.",
            PureResolver = parent => ((PageInfo)parent!).EndCursor,
        });
        build.AddType(pageInfo);
        return pageInfo;
    }
}
