using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Plugins;

/// <summary>Compiles one third-party plugin once for all loading tests (a real `dotnet build`, ~10 s).</summary>
public sealed class ExternalPluginFixture : IAsyncLifetime
{
    public const string Source = """
        using ReportGraph.Abstractions;

        namespace Acme.Reports;

        public sealed class GreetingReport : IReportDefinition
        {
            public string Key => "acme-greeting";
            public string DisplayName => "Greeting";
            public string Description => "Says hello, to prove drop-in plugins work.";
            public string Version => "1.2.3";
            public IReadOnlyList<ReportParameter> Parameters { get; } = [new("name", ReportParameterType.String) { DefaultValue = "world" }];
            public IReadOnlyList<ReportFormat> SupportedFormats { get; } = [ReportFormat.Csv];

            public Task<ReportResult> GenerateAsync(ReportRequest request, CancellationToken cancellationToken) =>
                Task.FromResult(new ReportResult
                {
                    Title = "Greeting",
                    Tables = [new ReportTable { Name = "Hello", Columns = [new("text", "Text", ColumnType.Text)], Rows = Rows(request.Parameters.GetString("name")!) }],
                });

            private static async IAsyncEnumerable<object?[]> Rows(string name)
            {
                await Task.Yield();
                yield return ["Hello, " + name];
            }
        }

        public sealed class ExplodingReport : IReportDefinition
        {
            public ExplodingReport() => throw new InvalidOperationException("licence server unreachable");
            public string Key => "acme-exploding";
            public string DisplayName => "Exploding";
            public string Description => "";
            public string Version => "1.0.0";
            public IReadOnlyList<ReportParameter> Parameters => [];
            public IReadOnlyList<ReportFormat> SupportedFormats => [ReportFormat.Csv];
            public Task<ReportResult> GenerateAsync(ReportRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
        }
        """;

    private readonly TempFolder _folder = new("rg-plugin");

    public string PluginPath { get; private set; } = "";

    public async Task InitializeAsync() =>
        PluginPath = await PluginCompiler.BuildAsync(_folder.Combine("Acme.Reports"), "Acme.Reports", Source);

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
