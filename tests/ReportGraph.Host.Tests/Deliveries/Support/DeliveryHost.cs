using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Deliveries.Support;

/// <summary>
/// The real host (real SQLite store in a temp folder) with a real SMTP server as its global default, short retry
/// delays, the scheduler off, and every log line captured so tests can check what was (not) logged.
/// </summary>
public class DeliveryHost : IAsyncLifetime
{
    private readonly TempFolder _folder = new("rg-delivery");
    private ReportGraphFactory? _factory;
    private WebApplicationFactory<Program>? _app;

    public SmtpTestServer Smtp { get; private set; } = null!;

    /// <summary>Every formatted log message and exception of the host.</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    public TempFolder Folder => _folder;

    public WebApplicationFactory<Program> App => _app ?? throw new InvalidOperationException("Not started.");

    public IServiceProvider Services => App.Services;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Settings on top of the defaults below, for fixtures that need other limits.</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        Smtp = await SmtpTestServer.StartAsync(_folder.Combine("smtp"));
        var settings = new Dictionary<string, string?>
        {
            ["Delivery:PublicBaseUrl"] = "https://reports.example.test",
            ["Delivery:Smtp:Host"] = "127.0.0.1",
            ["Delivery:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Delivery:Smtp:Security"] = "None",
            ["Delivery:Smtp:FromAddress"] = "reports@example.test",
            ["Delivery:Smtp:FromName"] = "ReportGraph Tests",
            ["Delivery:MaxAttempts"] = "20",
            ["Delivery:InitialBackoff"] = "00:00:00.200",
            ["Delivery:MaxBackoff"] = "00:00:01",
            ["Delivery:SmtpTimeout"] = "00:00:10",
            ["Scheduler:Enabled"] = "false",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        _factory = new ReportGraphFactory(_folder.Combine("data"), settings: settings);
        _app = _factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(new CapturingLoggerProvider(Logs))));
        _ = _app.Server; // starts the host: migrations run now
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }

        _folder.Dispose();
    }
}

/// <summary>Keeps every log message (with exception text) of the host in memory.</summary>
public sealed class CapturingLoggerProvider(ConcurrentQueue<string> sink) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, sink);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
