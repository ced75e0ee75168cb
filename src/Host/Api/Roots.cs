using ReportGraph.GraphQL.Types;

namespace ReportGraph.Host.Api;

/// <summary>Reading: each feature adds its fields with <c>[ExtendObjectType("Query")]</c>.</summary>
[GraphQLName("Query")]
[GraphQLDescription("Everything you can read. Sign in first (signIn mutation or an API key); members see only their own schedules.")]
public sealed class QueryRoot;

/// <summary>Changing: each feature adds its fields with <c>[ExtendObjectType("Mutation")]</c>.</summary>
[GraphQLName("Mutation")]
[GraphQLDescription("Everything you can change. Each mutation takes one `input` and returns a payload with `errors` for every problem with the input.")]
public sealed class MutationRoot;

/// <summary>Live updates.</summary>
[GraphQLName("Subscription")]
[GraphQLDescription("Live updates over graphql-transport-ws (WebSocket) or Server-Sent Events.")]
public sealed class SubscriptionRoot;
