using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Execution;

/// <summary>A parsed document with its (cached) validation errors.</summary>
internal sealed record CachedDocument(DocumentNode Document, IReadOnlyList<GraphQLError> ValidationErrors)
{
    /// <summary>
    /// The data of an introspection-only operation of this document, computed once (see <see cref="IntrospectionResultCache"/>).
    /// A document belongs to one executor's cache, so to one schema.
    /// </summary>
    public IntrospectionResult? Introspection { get; set; }
}

/// <summary>The cached data of one operation, serialised once.</summary>
internal sealed record IntrospectionResult(OperationDefinitionNode Operation, ResultMap Data);
