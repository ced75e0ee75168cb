using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportGraph.Abstractions;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Security;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd.Support;

/// <summary>
/// The real host in process — real SQLite store in the data directory, the real Quartz scheduler and
/// execution worker, the test plugin catalog — sending to a real SMTP server on the given port, with
/// short polling and retry delays so the suite stays fast. Several hosts may use the same data folder one after
/// the other (a restart).
/// </summary>
public sealed class EndToEndHost : IAsyncDisposable
{
    private readonly ReportGraphFactory _factory;
    private readonly WebApplicationFactory<Program> _app;

    private EndToEndHost(ReportGraphFactory factory, WebApplicationFactory<Program> app, ConcurrentQueue<string> logs)
    {
        _factory = factory;
        _app = app;
        Logs = logs;
    }

    /// <summary>Every log line of the host, for failure messages.</summary>
    public ConcurrentQueue<string> Logs { get; }

    public IServiceProvider Services => _app.Services;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>An HTTP client talking to the in-process server.</summary>
    public HttpClient CreateClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The settings every end-to-end host uses unless a test overrides them.</summary>
    public static Dictionary<string, string?> BaseSettings(int smtpPort) => new()
    {
        ["Delivery:PublicBaseUrl"] = "http://localhost",
        ["Delivery:Smtp:Host"] = "127.0.0.1",
        ["Delivery:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["Delivery:Smtp:Security"] = "None",
        ["Delivery:Smtp:FromAddress"] = "reports@example.test",
        ["Delivery:Smtp:FromName"] = "ReportGraph E2E",
        ["Delivery:MaxAttempts"] = "30",
        ["Delivery:InitialBackoff"] = "00:00:00.200",
        ["Delivery:MaxBackoff"] = "00:00:01",
        ["Delivery:SmtpTimeout"] = "00:00:10",
        ["Delivery:AllowPrivateSmtpHosts"] = "true", // the test SMTP servers listen on 127.0.0.1
        ["Executions:PollInterval"] = "00:00:00.250",
        ["Scheduler:Enabled"] = "true",
        // These tests drive the scheduler with cron rules seconds apart; the 15-minute floor has tests of its own.
        ["Schedules:MinimumInterval"] = "00:00:00",
        ["Demo:Enabled"] = "false", // no demo database to generate: the test plugins need no data source
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Warning",
        ["Logging:LogLevel:Quartz"] = "Warning",
    };

    /// <summary>Starts a host; <paramref name="settings"/> override <see cref="BaseSettings"/>.</summary>
    public static EndToEndHost Start(string dataDirectory, string catalogPath, int smtpPort, IDictionary<string, string?>? settings = null)
    {
        var values = BaseSettings(smtpPort);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var logs = new ConcurrentQueue<string>();
        var factory = new ReportGraphFactory(dataDirectory, catalogPath, values);
        var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(new CapturingLoggerProvider(logs))));
        _ = app.Server; // starts the host: migrations, plugins, scheduler, worker
        return new EndToEndHost(factory, app, logs);
    }

    /// <summary>Inserts a user (there is no sign-up yet) and returns them as a caller.</summary>
    public async Task<Caller> CreateOwnerAsync(string name = "Owner")
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var user = new User
        {
            Email = $"{name.ToLowerInvariant()}-{unique}@example.test",
            NormalizedEmail = $"{name}-{unique}@example.test".ToUpperInvariant(),
            Name = name,
            Role = UserRole.Member,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await using var db = await Db();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return new Caller(user.Id, UserRole.Member);
    }

    /// <summary>Creates a schedule through <see cref="ScheduleService"/> (validation, trigger), failing on input errors.</summary>
    public async Task<Schedule> CreateScheduleAsync(Caller owner, string reportType, RecurrenceInput recurrence, IEnumerable<string> recipients,
        object? parameters = null, IReadOnlyList<ReportFormat>? formats = null, string timeZone = "Europe/Berlin", string? name = null, SendWhenInput? sendWhen = null)
    {
        var input = new CreateScheduleInput
        {
            Name = name ?? $"E2E {reportType} {Guid.NewGuid():N}"[..30],
            ReportType = reportType,
            Parameters = parameters is null ? null : JsonSerializer.SerializeToElement(parameters),
            Recurrence = recurrence,
            TimeZone = timeZone,
            Formats = formats ?? [ReportFormat.Csv],
            Subject = "{{name}} — {{period}}",
            Recipients = recipients.Select(r => new RecipientInput(r)).ToList(),
            SendWhen = sendWhen,
        };
        var result = await Get<ScheduleService>().CreateAsync(owner, input, CancellationToken.None);
        Assert.True(result.Errors.Count == 0, "The schedule was refused: " + string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    /// <summary>A cron recurrence firing once a day at the wall-clock time of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static RecurrenceInput DailyCronAt(DateTimeOffset instant, string zone = "Europe/Berlin")
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(zone));
        return new RecurrenceInput(RecurrenceKind.Cron, CronExpression: $"{local.Second} {local.Minute} {local.Hour} * * ?");
    }

    public async Task<ReportGraphDbContext> Db() => await Get<IDbContextFactory<ReportGraphDbContext>>().CreateDbContextAsync();

    public async Task<List<Execution>> ExecutionsAsync(Guid scheduleId)
    {
        await using var db = await Db();
        return await db.Executions.AsNoTracking().Include(e => e.Artifacts)
            .Where(e => e.ScheduleId == scheduleId).OrderBy(e => e.ScheduledFor).WithDeliveriesAsync(db);
    }

    public async Task<Execution?> ExecutionAsync(Guid executionId)
    {
        await using var db = await Db();
        return (await db.Executions.AsNoTracking().Include(e => e.Artifacts)
            .Where(e => e.Id == executionId).WithDeliveriesAsync(db)).SingleOrDefault();
    }

    public async Task<Schedule> ScheduleAsync(Guid scheduleId)
    {
        await using var db = await Db();
        return await db.Schedules.AsNoTracking().Include(s => s.Recipients).SingleAsync(s => s.Id == scheduleId);
    }

    /// <summary>Waits until the execution has a final status (Succeeded, Partial, Failed, ConditionNotMet, Missed).</summary>
    public Task<Execution> FinishedAsync(Guid executionId, TimeSpan? timeout = null) =>
        Eventually.GetAsync(async () => await ExecutionAsync(executionId) is { } e && IsFinal(e.Status) ? e : null,
            timeout ?? TimeSpan.FromSeconds(60), $"execution {executionId} to finish", DiagnosticsAsync);

    /// <summary>Waits for the first finished execution of the schedule matching <paramref name="where"/>.</summary>
    public Task<Execution> FinishedExecutionAsync(Guid scheduleId, Func<Execution, bool> where, string what, TimeSpan? timeout = null) =>
        Eventually.GetAsync(async () => (await ExecutionsAsync(scheduleId)).FirstOrDefault(e => IsFinal(e.Status) && where(e)),
            timeout ?? TimeSpan.FromSeconds(60), what, DiagnosticsAsync);

    public static bool IsFinal(ExecutionStatus status) => status is ExecutionStatus.Succeeded or ExecutionStatus.Partial or ExecutionStatus.Failed or ExecutionStatus.Missed or ExecutionStatus.ConditionNotMet;

    /// <summary>Executions, deliveries and the last log lines, for the message of a failed wait.</summary>
    public async Task<string> DiagnosticsAsync()
    {
        var text = new StringBuilder();
        await using (var db = await Db())
        {
            foreach (var e in await db.Executions.AsNoTracking().OrderBy(x => x.CreatedAt).WithDeliveriesAsync(db))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"execution {e.Id} {e.Trigger} {e.Status} for {e.ScheduledFor:O} attempt {e.Attempt} lease {e.LeaseOwner}/{e.LeaseExpiresAt:O} error {e.ErrorMessage}");
                foreach (var d in e.Deliveries)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  delivery {d.Email} {d.Status} attempts {d.Attempts} reply {d.LastReply}");
                }
            }
        }

        text.AppendLine("last log lines:");
        foreach (var line in Logs.TakeLast(40))
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
