using ReportGraph.GraphQL.Hosting;

namespace ReportGraph.Host.Api;

/// <summary>
/// Builds the GraphQL schema and executor during start-up instead of on the first request (which otherwise paid for
/// reflecting over every type), and at the same time as the store's migrations: the build starts when the host starts
/// its services and is awaited before the server listens, so readiness still means the API can answer. A schema
/// that cannot be built stops the start with its error instead of failing every request.
/// </summary>
internal sealed class GraphQLSchemaWarmUp(GraphQLServer server) : IHostedLifecycleService
{
    private Task _build = Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        // Runs before any service's StartAsync, so it overlaps with the store's start-up work.
        _build = Task.Run(() => _ = server.Executor, cancellationToken);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => _build.WaitAsync(cancellationToken);

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
