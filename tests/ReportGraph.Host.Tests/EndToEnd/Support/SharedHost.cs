using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd.Support;

/// <summary>
/// A class fixture holding one SMTP server and one host for all tests of a class. Started on first use by the test
/// (xunit 2 class fixtures cannot receive the collection's <see cref="TestPlugins"/>), disposed after the class.
/// </summary>
public class SharedHost : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private EndToEndHost? _host;

    public TempFolder Folder { get; } = new("rg-e2e");

    public SmtpTestServer Smtp { get; private set; } = null!;

    /// <summary>Settings of this class's host on top of <see cref="EndToEndHost.BaseSettings"/>.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>The host, started on the first call.</summary>
    public async Task<EndToEndHost> HostAsync(TestPlugins plugins)
    {
        await _gate.WaitAsync();
        try
        {
            if (_host is null)
            {
                Smtp = await SmtpTestServer.StartAsync(Folder.Combine("smtp"));
                _host = EndToEndHost.Start(Folder.Combine("data"), plugins.CatalogPath, Smtp.Port, Settings);
            }

            return _host;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }

        Folder.Dispose();
    }
}
