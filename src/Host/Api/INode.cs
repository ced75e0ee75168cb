using ReportGraph.GraphQL.Types;

namespace ReportGraph.Host.Api;

/// <summary>An object with a global id, fetchable with <c>node(id)</c> (Relay).</summary>
[GraphQLName("Node")]
public interface INode
{
    /// <summary>Global id.</summary>
    [ID] string Id { get; }
}
