using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Validation;

/// <summary>
/// A real Kestrel server (127.0.0.1, random port) serving the validation test schema through AddGraphQLServer and
/// MapGraphQL, as a host would. The code-first builder makes empty "QueryRoot"/"SubscriptionRoot" roots and the
/// fields, types and directives of <see cref="ValidationTestSchema"/> are added to them while the schema is built.
/// </summary>
public sealed class ValidationTestServer : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>The GraphQL endpoint.</summary>
    public Uri GraphQLUri { get; private set; } = null!;

    /// <summary>A client for the server.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = GraphQLUri, Timeout = TimeSpan.FromSeconds(60) };

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var source = ValidationTestSchema.Instance;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer().ConfigureSchema(schema =>
        {
            schema.ModifyOptions(o =>
            {
                o.QueryTypeName = "QueryRoot";
                o.SubscriptionTypeName = "SubscriptionRoot";
                o.UseXmlDocumentation = false;
            });
            schema.AddQueryType<EmptyRoot>().AddSubscriptionType<EmptyRoot>();
            foreach (var directive in source.Directives)
                if (!BuiltInDirectives.IsBuiltIn(directive)) schema.AddDirective(directive);
            schema.ModifyTypes(context =>
            {
                var query = (ObjectType)context.GetType("QueryRoot")!;
                foreach (var field in source.QueryType.Fields) query.AddField(field);
                var subscription = (ObjectType)context.GetType("SubscriptionRoot")!;
                foreach (var field in source.SubscriptionType!.Fields) subscription.AddField(field);
            });
        });
        _app = builder.Build();
        _app.MapGraphQL("/graphql");
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        GraphQLUri = new Uri(address.TrimEnd('/') + "/graphql");
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>A root with no fields of its own (they come from the validation test schema).</summary>
    public sealed class EmptyRoot
    {
    }
}
