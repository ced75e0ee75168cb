using ReportGraph.Host.Data;

namespace ReportGraph.Host.Api;

/// <summary>
/// How <c>node(id)</c> finds one type of object: each feature registers one per node type it owns, so the
/// kernel resolves global ids without knowing any feature.
/// </summary>
public interface INodeSource
{
    /// <summary>The GraphQL type name encoded in the global id, e.g. <c>Schedule</c>.</summary>
    string TypeName { get; }

    /// <summary>The object, or null when it does not exist or the caller may not see it.</summary>
    Task<INode?> LoadAsync(ReportGraphDbContext db, Caller caller, Guid key, CancellationToken cancellationToken);
}
