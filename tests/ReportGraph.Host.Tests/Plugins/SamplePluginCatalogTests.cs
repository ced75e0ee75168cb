using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Plugins;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Plugins;

public sealed class SamplePluginCatalogTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_repository_catalog_loads_the_three_sample_plugins_built_with_the_solution()
    {
        using var factory = new ReportGraphFactory(_folder.Combine("data"));
        var registry = factory.Services.GetRequiredService<ReportTypeRegistry>();

        Assert.All(registry.All, t => Assert.True(t.IsAvailable, $"{t.Key}: {t.UnavailableReason}"));
        Assert.Equal(["payer-drift", "student-report", "tutor-weekly"], registry.All.Select(t => t.Key).Order().ToArray());
    }
}
