using System.Text.Json;
using ReportGraph.Abstractions;

namespace ReportGraph.PipelineBench;

/// <summary>
/// The report the bench schedules: <c>bench-rows</c>, a plugin built like a third party's (its own project, only the
/// contract referenced) that yields <c>rows</c> rows of six typed columns, with a KPI and a chart. Built with
/// <c>dotnet build</c> into the bench's temp folder; the catalog lists it alone.
/// </summary>
internal static class BenchPlugin
{
    public const string Key = "bench-rows";

    private const string Source = """
        using ReportGraph.Abstractions;

        namespace Bench.Reports;

        public sealed class BenchRowsReport : IReportDefinition
        {
            public string Key => "bench-rows";
            public string DisplayName => "Bench rows";
            public string Description => "Synthetic invoice lines for the pipeline benchmark.";
            public string Version => "1.0.0";
            public IReadOnlyList<ReportParameter> Parameters { get; } =
                [new("rows", ReportParameterType.Integer) { DefaultValue = 1000L, Minimum = 0, Maximum = 1000000 }];
            public IReadOnlyList<ReportFormat> SupportedFormats { get; } = [ReportFormat.Csv, ReportFormat.Xlsx, ReportFormat.Pdf];

            public Task<ReportResult> GenerateAsync(ReportRequest request, CancellationToken cancellationToken)
            {
                var count = (int)(request.Parameters.GetInt64("rows") ?? 1000);
                return Task.FromResult(new ReportResult
                {
                    Title = "Bench rows",
                    Subtitle = $"{count:N0} invoice lines",
                    Kpis = [new Kpi("Lines", count) { Type = ColumnType.Integer }, new Kpi("Total", count * 12.5m) { Type = ColumnType.Currency }],
                    Charts = [new Chart
                    {
                        Title = "Lines per day",
                        Kind = ChartKind.Bar,
                        Series = [new ChartSeries("Lines", Enumerable.Range(1, 7).Select(d => new ChartPoint($"Day {d}", count / 7.0)).ToList())],
                    }],
                    Tables = [new ReportTable
                    {
                        Name = "Lines",
                        Columns = [new("id", "Id", ColumnType.Integer), new("customer", "Customer", ColumnType.Text), new("day", "Day", ColumnType.Date),
                                   new("amount", "Amount", ColumnType.Currency), new("share", "Share", ColumnType.Percent), new("paid", "Paid", ColumnType.Boolean)],
                        Rows = Rows(count, cancellationToken),
                    }],
                });
            }

            private static async IAsyncEnumerable<object?[]> Rows(int count, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
            {
                var start = new DateOnly(2026, 11, 1);
                for (var i = 1; i <= count; i++)
                {
                    if (i % 200 == 0) { await Task.Yield(); cancellationToken.ThrowIfCancellationRequested(); }
                    yield return [i, $"Customer {i % 97:D2} Ltd", start.AddDays(i % 28), Math.Round(i * 1.37m % 900, 2), (i % 100) / 100.0, i % 3 != 0];
                }
            }
        }
        """;

    /// <summary>Builds the plugin in <paramref name="folder"/> and writes a catalog naming it; returns the catalog's path.</summary>
    public static async Task<string> BuildAsync(string folder)
    {
        var contract = typeof(IReportDefinition).Assembly.Location;
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "Bench.Reports.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <EnableDynamicLoading>true</EnableDynamicLoading>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <Reference Include="ReportGraph.Abstractions"><HintPath>{contract}</HintPath><Private>false</Private></Reference>
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(folder, "Plugin.cs"), Source);
        await File.WriteAllTextAsync(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        var output = Path.Combine(folder, "out");
        using (var build = new ChildProcess("dotnet", ["build", "-c", "Release", "-o", output, "-nologo", "-v", "q"], folder))
        {
            await build.Process.WaitForExitAsync();
            if (build.Process.ExitCode != 0)
            {
                throw new InvalidOperationException("Building the bench plugin failed:\n" + build.Tail());
            }
        }

        var catalog = Path.Combine(folder, "plugins.json");
        await File.WriteAllTextAsync(catalog, JsonSerializer.Serialize(new { plugins = new[] { new { path = Path.Combine(output, "Bench.Reports.dll"), enabled = true } } }));
        return catalog;
    }
}
