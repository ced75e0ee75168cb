using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Plugins;

/// <summary>The report types the plugins provide.</summary>
[ExtendObjectType("Query")]
public sealed class ReportTypeQueries
{
    /// <summary>Every report type, available or not (with the reason), in catalog order.</summary>
    public IReadOnlyList<ReportTypeNode> ReportTypes(IResolverContext context, [Service] ReportTypeRegistry registry)
    {
        context.RequireCaller();
        return registry.All.Select(t => new ReportTypeNode(t)).ToList();
    }

    /// <summary>One report type by key, e.g. "tutor-weekly"; null when unknown.</summary>
    /// <param name="key">The report type's key (ReportType.key).</param>
    public ReportTypeNode? ReportType(string key, IResolverContext context, [Service] ReportTypeRegistry registry)
    {
        context.RequireCaller();
        return registry.Find(key) is { } type ? new ReportTypeNode(type) : null;
    }
}
