using ReportGraph.GraphQL.Errors;

namespace ReportGraph.GraphQL.Language;

/// <summary>
/// Error locations from syntax nodes (graphql-js's GraphQLError takes nodes and derives its locations). It is an
/// extension here, not a member of <see cref="GraphQLError"/>, so that Errors stays below Language and knows no AST;
/// callers still write <c>GraphQLError.LocationsOf(node)</c>.
/// </summary>
public static class NodeLocations
{
    extension(GraphQLError)
    {
        /// <summary>Locations of nodes (nodes without location are left out).</summary>
        public static IReadOnlyList<SourceLocation>? LocationsOf(params SyntaxNode?[] nodes)
        {
            List<SourceLocation>? list = null;
            foreach (var node in nodes)
                if (node?.Location is { } loc) (list ??= new()).Add(loc.StartLocation);
            return list;
        }
    }
}
