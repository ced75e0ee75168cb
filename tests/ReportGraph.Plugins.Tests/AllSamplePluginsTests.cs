using System.Globalization;
using System.Text.RegularExpressions;
using ReportGraph.Abstractions;
using ReportGraph.Plugins.PayerDrift;
using ReportGraph.Plugins.StudentReport;
using ReportGraph.Plugins.TutorWeekly;
using static ReportGraph.Plugins.Tests.Requests;

namespace ReportGraph.Plugins.Tests;

/// <summary>What every sample plugin promises: metadata, streamed re-enumerable rows of the declared types, failure paths.</summary>
[Collection(DemoCollection.Name)]
public sealed partial class AllSamplePluginsTests(DemoFixture demo)
{
    public static TheoryData<string> Keys => ["student-report", "tutor-weekly", "payer-drift"];

    internal static IReportDefinition Create(string key) => key switch
    {
        "student-report" => new StudentReportDefinition(),
        "tutor-weekly" => new TutorWeeklyDefinition(),
        "payer-drift" => new PayerDriftDefinition(),
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    /// <summary>A request over the last four weeks, with the parameters a schedule would need.</summary>
    private static ReportRequest RequestFor(IReportDefinition report, IReportDataSources sources, bool detail = true) =>
        For(report, sources, DemoFixture.LastDay.AddDays(-27), DemoFixture.LastDay,
            report is StudentReportDefinition ? [("studentId", 12L), ("includeAttendanceDetail", detail)] : []);

    /// <summary>A schedule's sendWhen refers to KPIs by their declared keys: each result carries every one, with a number or no value.</summary>
    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Every_declared_kpi_is_in_the_result_with_its_key_and_a_numeric_value(string key)
    {
        var report = Create(key);
        Assert.NotEmpty(report.Kpis);
        Assert.Equal(report.Kpis.Count, report.Kpis.Select(k => k.Key).Distinct().Count());

        var result = await report.GenerateAsync(RequestFor(report, demo.Sources()), CancellationToken.None);

        Assert.All(report.Kpis, declared =>
        {
            Assert.Matches("^[a-z][A-Za-z0-9]*$", declared.Key);
            var kpi = Assert.Single(result.Kpis, k => k.Key == declared.Key);
            Assert.Equal(declared.Label, kpi.Label);
            Assert.True(kpi.Value is null or int or long or double or decimal, $"{declared.Key} is {kpi.Value?.GetType().Name}");
        });
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Declares_its_key_formats_and_documented_parameters(string key)
    {
        var report = Create(key);

        Assert.Equal(key, report.Key);
        Assert.Matches(KeyPattern(), report.Key);
        Assert.False(string.IsNullOrWhiteSpace(report.DisplayName));
        Assert.False(string.IsNullOrWhiteSpace(report.Description));
        Assert.Matches(@"^\d+\.\d+\.\d+$", report.Version);
        Assert.Equal(Enum.GetValues<ReportFormat>(), report.SupportedFormats);
        Assert.NotEmpty(report.Parameters);
        Assert.All(report.Parameters, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.DisplayName));
            Assert.False(string.IsNullOrWhiteSpace(p.Description));
            var expectedType = p.Type switch
            {
                ReportParameterType.Integer => typeof(long),
                ReportParameterType.Decimal => typeof(decimal),
                ReportParameterType.Boolean => typeof(bool),
                ReportParameterType.Date => typeof(DateOnly),
                _ => typeof(string),
            };
            if (p.DefaultValue is not null) Assert.IsType(expectedType, p.DefaultValue);
            if (p.DefaultValue is IComparable d && p.Minimum is { } min) Assert.True(Convert.ToDecimal(d, CultureInfo.InvariantCulture) >= min, p.Name);
            if (p.DefaultValue is IComparable e && p.Maximum is { } max) Assert.True(Convert.ToDecimal(e, CultureInfo.InvariantCulture) <= max, p.Name);
        });
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Produces_kpis_a_chart_and_tables_whose_cells_match_the_column_types(string key)
    {
        var report = Create(key);
        var result = await report.GenerateAsync(RequestFor(report, demo.Sources()), CancellationToken.None);

        Assert.Equal(report.DisplayName, result.Title);
        Assert.NotEmpty(result.Kpis);
        Assert.NotEmpty(result.Charts);
        Assert.All(result.Charts, c => Assert.All(c.Series, s => Assert.Equal(c.Series[0].Points.Select(p => p.X), s.Points.Select(p => p.X))));
        Assert.NotEmpty(result.Tables);
        foreach (var table in result.Tables)
        {
            Assert.Equal(table.Columns.Count, table.Columns.Select(c => c.Name).Distinct().Count());
            var rows = await RowsAsync(table);
            Assert.NotEmpty(rows);
            Assert.All(rows, row =>
            {
                Assert.Equal(table.Columns.Count, row.Length);
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is null) continue;
                    var ok = table.Columns[i].Type switch
                    {
                        ColumnType.Text => row[i] is string,
                        ColumnType.Integer => row[i] is int or long,
                        ColumnType.Decimal or ColumnType.Percent or ColumnType.Currency => row[i] is double or decimal,
                        ColumnType.Date => row[i] is DateOnly,
                        ColumnType.DateTime => row[i] is DateTimeOffset,
                        ColumnType.Boolean => row[i] is bool,
                        _ => false,
                    };
                    Assert.True(ok, $"{table.Name}.{table.Columns[i].Name} is {table.Columns[i].Type} but holds {row[i]!.GetType().Name}");
                }
            });
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Rows_can_be_enumerated_twice_and_each_enumeration_runs_the_query_again(string key)
    {
        var report = Create(key);
        var sources = demo.Sources();
        var result = await report.GenerateAsync(RequestFor(report, sources), CancellationToken.None);

        foreach (var table in result.Tables)
        {
            var opened = sources.OpenCount;
            var first = await RowsAsync(table);
            var second = await RowsAsync(table);
            Assert.Equal(first, second);
            Assert.Equal(opened + 2, sources.OpenCount);
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Rows_are_read_lazily_not_when_the_result_is_returned(string key)
    {
        var report = Create(key);
        var sources = demo.Sources();
        var result = await report.GenerateAsync(RequestFor(report, sources), CancellationToken.None);
        var afterGenerate = sources.OpenCount;

        await using var enumerator = result.Tables[0].Rows.GetAsyncEnumerator();
        Assert.Equal(afterGenerate, sources.OpenCount);
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Equal(afterGenerate + 1, sources.OpenCount);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task A_missing_demo_data_source_is_a_clear_error(string key)
    {
        var report = Create(key);
        var sources = new SqliteDataSources(new Dictionary<string, string> { ["warehouse"] = demo.DatabaseFile });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => report.GenerateAsync(RequestFor(report, sources), CancellationToken.None));

        Assert.Contains("data source 'demo'", error.Message);
        Assert.Contains("configured: warehouse", error.Message);
        Assert.IsType<KeyNotFoundException>(error.InnerException);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task A_cancelled_run_stops_with_operation_cancelled(string key)
    {
        var report = Create(key);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => report.GenerateAsync(RequestFor(report, demo.Sources()), cts.Token));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Cancelling_while_rows_stream_stops_the_enumeration(string key)
    {
        var report = Create(key);
        var result = await report.GenerateAsync(RequestFor(report, demo.Sources()), CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var read = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in result.Tables[0].Rows.WithCancellation(cts.Token))
            {
                read++;
                cts.Cancel();
            }
        });
        Assert.Equal(1, read);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
