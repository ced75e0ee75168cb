using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Execution;

/// <summary>A parsed document with its (cached) validation errors.</summary>
internal sealed record CachedDocument(DocumentNode Document, IReadOnlyList<GraphQLError> ValidationErrors);
