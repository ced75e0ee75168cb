namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>One default test server shared by the tests of a class.</summary>
public sealed class SharedServerFixture : IAsyncLifetime
{
    private GraphQLTestServer? _server;

    /// <summary>The server.</summary>
    public GraphQLTestServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    /// <inheritdoc/>
    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync();

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
