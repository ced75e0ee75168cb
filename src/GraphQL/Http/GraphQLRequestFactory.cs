using Microsoft.AspNetCore.Http;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Http;

/// <summary>
/// Builds the engine's request from a transport's parameters (looking up persisted documents), or says why it is refused;
/// shared by POST/GET, Server-Sent Events and every WebSocket subprotocol so each applies the same rules.
/// </summary>
internal delegate (GraphQLRequest? Request, HttpRequestProblem? Problem) GraphQLRequestFactory(
    HttpContext context, GraphQLRequestParameters parameters, IReadOnlyCollection<OperationType>? allowedOperations);
