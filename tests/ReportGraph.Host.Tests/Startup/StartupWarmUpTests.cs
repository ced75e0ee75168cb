using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Hosting;
using ReportGraph.Host.Operations;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Startup;

public sealed class StartupWarmUpTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_GraphQL_schema_is_built_during_start_up_so_the_first_request_does_not_build_it()
    {
        using var factory = new ReportGraphFactory(_folder.Combine("data"));
        _ = factory.Server; // starts the host; no request yet

        Assert.True(factory.Services.GetRequiredService<GraphQLServer>().IsBuilt);
        var response = await factory.CreateClient().PostAsync("/graphql",
            new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"__typename\":\"Query\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_start_up_timeline_names_each_phase_in_order_and_the_host_is_ready()
    {
        using var factory = new ReportGraphFactory(_folder.Combine("data"));
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        var phases = factory.Services.GetRequiredService<StartupTimeline>().Phases;
        Assert.Equal(
            ["runtime and configuration", "services", "store", "first admin", "demo data", "demo schedules", "other services", "server"],
            phases.Select(p => p.Phase));
        Assert.All(phases, p => Assert.True(p.Duration >= TimeSpan.Zero, $"{p.Phase}: {p.Duration}"));
    }

    [Fact]
    public void A_phase_marked_after_the_line_was_logged_is_ignored()
    {
        var timeline = new StartupTimeline();
        timeline.Mark("services");
        timeline.Complete("server", Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        timeline.Mark("late");
        timeline.Complete("later", Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        Assert.Equal(["runtime and configuration", "services", "server"], timeline.Phases.Select(p => p.Phase));
    }
}
