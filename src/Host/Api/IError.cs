using ReportGraph.GraphQL.Types;

namespace ReportGraph.Host.Api;

/// <summary>
/// What every error a payload returns has in common, so clients can select `... on Error { message }` whatever the
/// concrete error type (the convention HotChocolate's mutation conventions use).
/// </summary>
[GraphQLName("Error")]
public interface IError
{
    /// <summary>What went wrong, for people.</summary>
    string Message { get; }
}
