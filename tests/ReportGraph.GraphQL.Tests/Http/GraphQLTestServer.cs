using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportGraph.GraphQL.Hosting;
using ReportGraph.GraphQL.Http;
using ReportGraph.GraphQL.Tests.TestSchema;

namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (random port) serving the library test schema with AddGraphQLServer/MapGraphQL,
/// as a host would. Tests talk to it over real sockets.
/// </summary>
public sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestServer(WebApplication app, Uri baseAddress, Library library)
    {
        _app = app;
        BaseAddress = baseAddress;
        Library = library;
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri GraphQLUri => new(BaseAddress, "graphql");

    /// <summary>The WebSocket address of the GraphQL endpoint.</summary>
    public Uri WebSocketUri => new UriBuilder(GraphQLUri) { Scheme = "ws" }.Uri;

    /// <summary>The data behind the schema.</summary>
    public Library Library { get; }

    /// <summary>The application's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a server; the callbacks change the GraphQL server and endpoint settings.</summary>
    public static async Task<GraphQLTestServer> StartAsync(Action<GraphQLServerBuilder>? configureServer = null, Action<GraphQLHttpOptions>? configureHttp = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var library = new Library();
        builder.Services.AddSingleton(library);
        configureServices?.Invoke(builder.Services);
        var graphql = builder.Services.AddGraphQLServer()
            .ConfigureSchema(b => b
                .AddQueryType<LibraryQuery>()
                .AddMutationType<LibraryMutation>()
                .AddSubscriptionType<LibrarySubscription>()
                .AddTypeExtension<AuthorExtensions>()
                .AddTypeExtension<StatsQueryExtension>()
                .AddType<Book>()
                .AddType<Author>()
                .AddType<Magazine>()
                .ModifyOptions(o => o.Description = "A small library, for testing the GraphQL engine."));
        configureServer?.Invoke(graphql);

        var app = builder.Build();
        app.MapGraphQL("/graphql", options =>
        {
            options.Ide.StaticFilesPath = RepositoryPaths.IdeFiles;
            configureHttp?.Invoke(options);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GraphQLTestServer(app, new Uri(address.TrimEnd('/') + "/"), library);
    }

    /// <summary>An HttpClient for the server.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Where the repository's files are, from this source file's compile-time path (tests run from an artifacts folder elsewhere).</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>tests/node, with graphql-js, graphql-http, graphql-ws and playwright-core.</summary>
    public static string NodeTools => Path.Combine(Root, "tests", "node");

    /// <summary>The Banana Cake Pop files installed by src/GraphQL/build/ide (npm ci there).</summary>
    public static string IdeFiles => Path.Combine(Root, "src", "GraphQL", "build", "ide", "node_modules", "@chillicream", "bananacakepop-graphql-ide");

    /// <summary>Fails with the fix when the IDE files are not installed.</summary>
    public static void AssertIdeFilesInstalled()
        => Assert.True(File.Exists(Path.Combine(IdeFiles, "index.html")),
            $"The Banana Cake Pop files are not installed in {IdeFiles}: run scripts/install-test-deps.sh (npm ci in src/GraphQL/build/ide).");

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        var dir = Path.GetDirectoryName(sourceFile);
        while (dir is not null && !File.Exists(Path.Combine(dir, "ReportGraph.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException($"No ReportGraph.sln above {sourceFile}.");
    }
}
