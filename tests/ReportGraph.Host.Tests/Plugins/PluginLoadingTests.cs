using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Abstractions;
using ReportGraph.Host.Plugins;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Plugins;

public sealed class PluginLoadingTests(ExternalPluginFixture plugin) : IClassFixture<ExternalPluginFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteCatalog(params object[] entries)
    {
        var path = _folder.Combine("plugins.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { plugins = entries }));
        return path;
    }

    private ReportTypeRegistry StartHost(string catalogPath, out ReportGraphFactory factory)
    {
        factory = new ReportGraphFactory(_folder.Combine("data"), catalogPath);
        return factory.Services.GetRequiredService<ReportTypeRegistry>();
    }

    [Fact]
    public async Task A_separately_built_plugin_added_to_the_catalog_is_picked_up_on_start()
    {
        var catalog = WriteCatalog(new { path = plugin.PluginPath, enabled = true });
        var registry = StartHost(catalog, out var factory);
        using var _ = factory;

        var greeting = registry.FindAvailable("acme-greeting");
        Assert.NotNull(greeting);
        Assert.Equal("1.2.3", greeting.Definition!.Version);

        // The plugin's IReportDefinition is the host's: the contract assembly is shared, not loaded twice.
        Assert.Same(typeof(IReportDefinition).Assembly, greeting.Definition.GetType().GetInterfaces().Single(i => i.Name == "IReportDefinition").Assembly);

        var result = await greeting.Definition.GenerateAsync(new ReportRequest
        {
            Parameters = new ReportParameterValues(new Dictionary<string, object?> { ["name"] = "Ada" }),
            Period = new ReportPeriod(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), "1 January 1970"),
            TimeZone = TimeZoneInfo.Utc,
            ScheduledFor = DateTimeOffset.UnixEpoch,
            DataSources = factory.Services.GetRequiredService<IReportDataSources>(),
            Logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance,
            Services = factory.Services,
        }, CancellationToken.None);
        var rows = await result.Tables[0].Rows.ToListAsync();
        Assert.Equal("Hello, Ada", Assert.Single(rows)[0]);
    }

    [Fact]
    public void A_constructor_that_throws_makes_that_type_unavailable_with_the_reason_and_keeps_the_rest()
    {
        var registry = StartHost(WriteCatalog(new { path = plugin.PluginPath }), out var factory);
        using var _ = factory;

        var exploding = Assert.Single(registry.All, t => t.Key.Contains("ExplodingReport"));
        Assert.False(exploding.IsAvailable);
        Assert.Contains("licence server unreachable", exploding.UnavailableReason);
        Assert.NotNull(registry.FindAvailable("acme-greeting"));
    }

    [Fact]
    public void Missing_corrupt_empty_and_duplicate_plugins_are_listed_unavailable_and_the_host_still_starts()
    {
        var corrupt = _folder.Combine("Corrupt.dll");
        File.WriteAllBytes(corrupt, [0x4D, 0x5A, 0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE]);
        var noDefinitions = typeof(Xunit.FactAttribute).Assembly.Location; // a real .NET assembly with no IReportDefinition
        var catalog = WriteCatalog(
            new { path = _folder.Combine("Missing.dll") },
            new { path = corrupt },
            new { path = noDefinitions },
            new { path = plugin.PluginPath },
            new { path = plugin.PluginPath });

        var registry = StartHost(catalog, out var factory);
        using var _ = factory;

        Assert.Contains(registry.All, t => t.Key == "Missing" && t.UnavailableReason!.Contains("not found"));
        Assert.Contains(registry.All, t => t.Key == "Corrupt" && t.UnavailableReason!.Contains("not a loadable .NET assembly"));
        Assert.Contains(registry.All, t => !t.IsAvailable && t.UnavailableReason!.Contains("no public, non-abstract class implementing IReportDefinition"));
        var duplicate = Assert.Single(registry.All, t => t.Key == "acme-greeting" && !t.IsAvailable);
        Assert.Contains("Duplicate report type key 'acme-greeting'", duplicate.UnavailableReason);
        Assert.NotNull(registry.FindAvailable("acme-greeting"));
    }

    [Fact]
    public async Task Readiness_reports_plugin_failures_but_the_service_stays_ready()
    {
        using var factory = new ReportGraphFactory(_folder.Combine("data"), WriteCatalog(new { path = _folder.Combine("Gone.dll") }));
        var (status, body) = await AdminHealth.ReadyAsync(factory);

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        Assert.Contains("not found", body.GetProperty("checks").GetProperty("plugins").GetProperty("data").GetProperty("Gone").GetString());
    }

    [Fact]
    public void A_disabled_entry_is_not_loaded()
    {
        var registry = StartHost(WriteCatalog(new { path = plugin.PluginPath, enabled = false }), out var factory);
        using var _ = factory;

        Assert.Null(registry.FindAvailable("acme-greeting"));
        Assert.Contains(registry.All, t => t.UnavailableReason == "Disabled in plugins.json.");
    }

    [Fact]
    public void A_malformed_catalog_is_reported_and_no_types_are_loaded()
    {
        var path = _folder.Combine("plugins.json");
        File.WriteAllText(path, "{ \"plugins\": [ { \"path\": ");
        var registry = StartHost(path, out var factory);
        using var _ = factory;

        Assert.Empty(registry.All);
        Assert.Contains("not valid JSON", registry.CatalogError);
    }
}
