using System.Text.Json;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd.Support;

/// <summary>
/// A third-party plugin assembly compiled once for the end-to-end suite (a real <c>dotnet build</c>) with three
/// report types whose behaviour the tests choose, and a plugin catalog listing it next to the sample plugins.
/// </summary>
public sealed class TestPlugins : IAsyncLifetime
{
    /// <summary>Rows numbered 1..<c>rows</c>: id, label <c>item-00001</c>…, amount id × 0.25. Easy to check in every format.</summary>
    public const string RowsKey = "e2e-rows";

    /// <summary>Throws <see cref="FailureMessage"/> while generating.</summary>
    public const string ThrowsKey = "e2e-throws";

    /// <summary>Waits <c>seconds</c> (honouring cancellation) before returning its rows.</summary>
    public const string SlowKey = "e2e-slow";

    /// <summary>The message of the exception <see cref="ThrowsKey"/> throws.</summary>
    public const string FailureMessage = "The ledger database is offline";

    private const string Source = """
        using ReportGraph.Abstractions;

        namespace E2E.Reports;

        internal static class NumberedRows
        {
            public static readonly IReadOnlyList<ReportColumn> Columns =
                [new("id", "Id", ColumnType.Integer), new("label", "Label", ColumnType.Text), new("amount", "Amount", ColumnType.Decimal)];

            public static ReportResult Result(string title, int count) => new()
            {
                Title = title,
                Kpis = [new Kpi("Rows", count) { Key = "rows", Type = ColumnType.Integer }],
                Tables = [new ReportTable { Name = "Rows", Columns = Columns, Rows = Rows(count) }],
            };

            private static async IAsyncEnumerable<object?[]> Rows(int count)
            {
                for (var i = 1; i <= count; i++)
                {
                    if (i % 100 == 0) await Task.Yield();
                    yield return [i, $"item-{i:D5}", i * 0.25m];
                }
            }
        }

        public sealed class RowsReport : IReportDefinition
        {
            public string Key => "e2e-rows";
            public string DisplayName => "Numbered rows";
            public string Description => "Rows numbered from 1, for end-to-end tests.";
            public string Version => "1.0.0";
            public IReadOnlyList<ReportParameter> Parameters { get; } =
                [new("rows", ReportParameterType.Integer) { DefaultValue = 25L, Minimum = 0, Maximum = 100000 }];
            public IReadOnlyList<ReportFormat> SupportedFormats { get; } =
                [ReportFormat.Csv, ReportFormat.Xlsx, ReportFormat.Pdf, ReportFormat.Html, ReportFormat.Json];
            public IReadOnlyList<KpiDefinition> Kpis { get; } = [new("rows", "Rows")];

            public Task<ReportResult> GenerateAsync(ReportRequest request, CancellationToken cancellationToken) =>
                Task.FromResult(NumberedRows.Result("Numbered rows", (int)(request.Parameters.GetInt64("rows") ?? 25)));
        }

        public sealed class ThrowingReport : IReportDefinition
        {
            public string Key => "e2e-throws";
            public string DisplayName => "Always fails";
            public string Description => "Throws while generating.";
            public string Version => "1.0.0";
            public IReadOnlyList<ReportParameter> Parameters => [];
            public IReadOnlyList<ReportFormat> SupportedFormats { get; } = [ReportFormat.Csv];

            public async Task<ReportResult> GenerateAsync(ReportRequest request, CancellationToken cancellationToken)
            {
                await Task.Yield();
                throw new InvalidOperationException("The ledger database is offline");
            }
        }

        public sealed class SlowReport : IReportDefinition
        {
            public string Key => "e2e-slow";
            public string DisplayName => "Slow rows";
            public string Description => "Takes its time, then returns rows.";
            public string Version => "1.0.0";
            public IReadOnlyList<ReportParameter> Parameters { get; } =
                [new("seconds", ReportParameterType.Integer) { DefaultValue = 30L, Minimum = 0, Maximum = 3600 },
                 new("rows", ReportParameterType.Integer) { DefaultValue = 10L, Minimum = 0, Maximum = 100000 }];
            public IReadOnlyList<ReportFormat> SupportedFormats { get; } = [ReportFormat.Csv];

            public async Task<ReportResult> GenerateAsync(ReportRequest request, CancellationToken cancellationToken)
            {
                await Task.Delay(TimeSpan.FromSeconds(request.Parameters.GetInt64("seconds") ?? 30), cancellationToken);
                return NumberedRows.Result("Slow rows", (int)(request.Parameters.GetInt64("rows") ?? 10));
            }
        }
        """;

    private readonly TempFolder _folder = new("rg-e2e-plugins");

    /// <summary>The catalog (plugins.json) with the sample plugins and the test plugin, absolute paths.</summary>
    public string CatalogPath { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var assembly = await PluginCompiler.BuildAsync(_folder.Combine("E2E.Reports"), "E2E.Reports", Source);
        CatalogPath = _folder.Combine("plugins.json");
        var samples = new[] { "StudentReport", "TutorWeekly", "PayerDrift" }
            .Select(name => Path.Combine(RepositoryPaths.Root, "plugins", name, name + ".dll"));
        var catalog = new { plugins = samples.Append(assembly).Select(path => new { path, enabled = true }) };
        await File.WriteAllTextAsync(CatalogPath, JsonSerializer.Serialize(catalog));
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// The end-to-end suite runs as one collection: its hosts, SMTP servers and child processes would otherwise compete
/// for the machine's cores and make each other's timing-dependent steps (due times, leases) slow.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<TestPlugins>
{
    public const string Name = "EndToEnd";
}
