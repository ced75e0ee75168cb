using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Scheduling;

/// <summary>
/// <c>Scheduler:MaxConcurrency</c> sizes the pool that handles due occurrences (the bad values are in
/// BadSettingsExitTests, which names the key in the message).
/// </summary>
public sealed class SchedulerSizesTests : IDisposable
{
    private readonly TempFolder _folder = new("rg-sched-sizes");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(null, null, 10)]
    [InlineData("3", "2", 3)]
    public async Task The_scheduler_handles_as_many_occurrences_at_once_as_configured(string? maxConcurrency, string? batchSize, int expected)
    {
        var settings = new Dictionary<string, string?>();
        if (maxConcurrency is not null)
        {
            settings["Scheduler:MaxConcurrency"] = maxConcurrency;
        }

        if (batchSize is not null)
        {
            settings["Scheduler:BatchSize"] = batchSize;
        }

        await using var host = new ReportGraphFactory(_folder.Combine("data"), settings: settings);
        using var client = host.CreateClient();

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var metadata = await scheduler.GetMetadata();
        Assert.Equal(expected, metadata.ThreadPoolSize);
    }
}
