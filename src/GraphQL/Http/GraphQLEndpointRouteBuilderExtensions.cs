using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportGraph.GraphQL.Http;

// In the ASP.NET Core builder namespace, next to MapGet/MapPost, so hosts need no extra using.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL over HTTP at <paramref name="path"/> (POST and GET, <c>?sdl</c>, Server-Sent Events, graphql-transport-ws
    /// WebSockets) and the Banana Cake Pop IDE for browsers (its files under <c>{path}/…</c>). Needs
    /// <c>services.AddGraphQLServer()</c>. When <paramref name="endpoints"/> is the application itself (a WebApplication),
    /// the WebSocket middleware is added for you; on a route group call <c>app.UseWebSockets()</c> yourself.
    /// Returns the convention builder of the GraphQL endpoint (e.g. for <c>RequireAuthorization()</c>); the IDE's static
    /// files stay anonymous.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql", Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (string.IsNullOrEmpty(path) || path[0] != '/') throw new ArgumentException($"The GraphQL path must start with '/', not \"{path}\".", nameof(path));
        var options = new GraphQLHttpOptions();
        // Features configure the endpoint from their service registration (services.Configure<GraphQLHttpOptions>), the
        // caller of MapGraphQL last.
        foreach (var setup in endpoints.ServiceProvider.GetServices<IConfigureOptions<GraphQLHttpOptions>>()) setup.Configure(options);
        configure?.Invoke(options);
        if (options.WebSockets.Enable && endpoints is IApplicationBuilder app) app.UseWebSockets();

        var trimmed = path.TrimEnd('/');
        if (trimmed.Length == 0) trimmed = "/";
        var endpoint = new GraphQLHttpEndpoint(new PathString(trimmed == "/" ? "" : trimmed), options);
        var main = endpoints.Map(trimmed, endpoint.HandleAsync).WithDisplayName("GraphQL " + trimmed);
        endpoints.MapMethods(trimmed.TrimEnd('/') + "/{**file}", new[] { HttpMethods.Get, HttpMethods.Head },
            (HttpContext context, string? file) => endpoint.HandleFileAsync(context, file)).WithDisplayName("GraphQL IDE files " + trimmed);
        return main;
    }
}
