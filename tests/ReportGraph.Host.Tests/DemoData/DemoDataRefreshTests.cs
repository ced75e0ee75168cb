using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReportGraph.Abstractions;
using ReportGraph.Host.DemoData;
using ReportGraph.Host.Plugins;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.DemoData;

/// <summary>The real host started on a data folder whose demo database was made a month ago.</summary>
public sealed class DemoDataRefreshTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly DateOnly MonthAgo = Today.AddDays(-30);

    private readonly TempFolder _folder = new("rg-demorefresh");
    private readonly ConcurrentQueue<string> _logs = new();

    private string DataFolder => _folder.Combine("data");

    private string DemoFile => Path.Combine(DataFolder, "demo.db");

    public void Dispose() => _folder.Dispose();

    private static async Task<string> DemoDatabaseOfAsync(string file, DateOnly lastDay)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(lastDay.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        return (await DemoDatabase.EnsureCreatedAsync(file, clock)).FilePath;
    }

    private WebApplicationFactory<Program> Start(IDictionary<string, string?>? settings = null) =>
        new ReportGraphFactory(DataFolder, settings: settings)
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(new CapturingLoggerProvider(_logs))));

    private static async Task AssertReadyAsync(WebApplicationFactory<Program> host) =>
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/health/ready")).StatusCode);

    [Fact]
    public async Task A_demo_database_made_a_month_ago_covers_today_after_start_up_and_the_log_says_which_days_were_added()
    {
        await DemoDatabaseOfAsync(DemoFile, MonthAgo);

        // The test host does not read src/Host/appsettings.json, so the demo data source is configured as it does.
        using var host = Start(new Dictionary<string, string?>
        {
            ["DataSources:demo:Provider"] = "Sqlite",
            ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
        });
        var startedOn = DateOnly.FromDateTime(DateTime.UtcNow);
        await AssertReadyAsync(host);

        // The host reads the real clock: a run that crosses midnight UTC brings the data up to the next day.
        var lastDay = DateOnly.Parse(await ScalarAsync(DemoFile, "SELECT value FROM demo_meta WHERE key = 'last_day'"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(lastDay == startedOn || lastDay == startedOn.AddDays(1), $"last day {lastDay}, started on {startedOn}");
        Assert.Equal(lastDay.DayOfWeek == DayOfWeek.Sunday ? Iso(lastDay.AddDays(-1)) : Iso(lastDay), await ScalarAsync(DemoFile, "SELECT MAX(submitted_on) FROM claims"));
        Assert.Contains(_logs, l => l.StartsWith("Information", StringComparison.Ordinal)
            && l.Contains($"Demo data brought up to date: added {Iso(MonthAgo.AddDays(1))} to {Iso(lastDay)}", StringComparison.Ordinal));

        // The sample payer drift report, through the host's plugin and its configured demo data source, over the last week.
        var report = host.Services.GetRequiredService<ReportTypeRegistry>().FindAvailable("payer-drift")?.Definition;
        Assert.NotNull(report);
        var result = await report.GenerateAsync(LastWeek(report, host.Services.GetRequiredService<IReportDataSources>()), CancellationToken.None);
        var summary = result.Tables.Single(t => t.Name == "Drift by payer");
        var flagged = new List<string>();
        await foreach (var row in summary.Rows)
        {
            if ((bool)row[^1]!) flagged.Add((string)row[0]!);
        }
        Assert.Equal(["BSM", "SVH"], flagged.Order());
        Assert.Equal(2, result.Kpis.Single(k => k.Label == "Payers flagged").Value);
    }

    [Fact]
    public async Task With_Demo_Refresh_off_the_demo_database_is_left_as_it_is()
    {
        await DemoDatabaseOfAsync(DemoFile, MonthAgo);
        var bytes = await File.ReadAllBytesAsync(DemoFile);

        using (var host = Start(new Dictionary<string, string?> { ["Demo:Refresh"] = "false" }))
        {
            await AssertReadyAsync(host);
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(bytes, await File.ReadAllBytesAsync(DemoFile));
        Assert.DoesNotContain(_logs, l => l.Contains("Demo data brought up to date", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_locked_demo_database_is_logged_and_the_host_still_starts_and_keeps_the_old_days()
    {
        await DemoDatabaseOfAsync(DemoFile, MonthAgo);
        await using var holder = new SqliteConnection($"Data Source={DemoFile};Pooling=False");
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync(); // another process writing: holds the write lock

        using var host = Start(new Dictionary<string, string?> { ["Demo:RefreshLockTimeout"] = "00:00:01" });
        await AssertReadyAsync(host);

        Assert.Contains(_logs, l => l.StartsWith("Error", StringComparison.Ordinal)
            && l.Contains($"Could not bring the demo data in {DemoFile} up to date", StringComparison.Ordinal)
            && l.Contains("database is locked", StringComparison.Ordinal));
        await transaction.RollbackAsync();
        Assert.Equal(Iso(MonthAgo), await ScalarAsync(DemoFile, "SELECT value FROM demo_meta WHERE key = 'last_day'"));
    }

    [Fact]
    public async Task A_data_source_the_user_configured_as_demo_is_never_written()
    {
        var userFile = await DemoDatabaseOfAsync(_folder.Combine("mine", "reports.db"), MonthAgo);
        var bytes = await File.ReadAllBytesAsync(userFile);

        using (var host = Start(new Dictionary<string, string?> { ["DataSources:demo:ConnectionString"] = $"Data Source={userFile}" }))
        {
            await AssertReadyAsync(host);
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(bytes, await File.ReadAllBytesAsync(userFile));
    }

    [Fact]
    public void A_lock_timeout_out_of_range_stops_the_start_with_a_message_naming_the_key()
    {
        using var host = Start(new Dictionary<string, string?> { ["Demo:RefreshLockTimeout"] = "00:00:00" });
        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains("Demo:RefreshLockTimeout", error.ToString());
    }

    [Fact]
    public void The_daily_refresh_waits_until_a_minute_past_the_next_utc_midnight()
    {
        Assert.Equal(TimeSpan.FromMinutes(61), DemoDataRefreshJob.UntilNextDay(new DateTimeOffset(2026, 11, 21, 23, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(24), DemoDataRefreshJob.UntilNextDay(new DateTimeOffset(2026, 11, 22, 0, 1, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1), DemoDataRefreshJob.UntilNextDay(new DateTimeOffset(2026, 11, 22, 22, 0, 0, TimeSpan.FromHours(2))));
    }

    private static ReportRequest LastWeek(IReportDefinition report, IReportDataSources sources)
    {
        var from = new DateTimeOffset(Today.AddDays(-6).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = from.AddDays(7);
        return new ReportRequest
        {
            Parameters = new ReportParameterValues(report.Parameters.ToDictionary(p => p.Name, p => p.DefaultValue)),
            Period = new ReportPeriod(from, to, "last week"),
            TimeZone = TimeZoneInfo.Utc,
            ScheduledFor = to,
            DataSources = sources,
            Logger = NullLogger.Instance,
            Services = new ServiceCollection().BuildServiceProvider(),
        };
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string> ScalarAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }
}
