using Microsoft.Extensions.Logging.Abstractions;
using ReportGraph.Abstractions;

namespace ReportGraph.Plugins.Tests;

/// <summary>Builds report requests the way the host does: every declared parameter present, defaults filled in.</summary>
internal static class Requests
{
    public static ReportRequest For(IReportDefinition definition, IReportDataSources sources, DateOnly start, DateOnly endInclusive,
        params (string Name, object? Value)[] values)
    {
        var parameters = definition.Parameters.ToDictionary(p => p.Name, p => p.DefaultValue);
        foreach (var (name, value) in values) parameters[name] = value;
        var from = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(endInclusive.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new ReportRequest
        {
            Parameters = new ReportParameterValues(parameters),
            Period = new ReportPeriod(from, to, $"{start:yyyy-MM-dd} to {endInclusive:yyyy-MM-dd}"),
            TimeZone = TimeZoneInfo.Utc,
            ScheduledFor = to,
            DataSources = sources,
            Logger = NullLogger.Instance,
            Services = new NoServices(),
        };
    }

    public static async Task<List<object?[]>> RowsAsync(ReportTable table, CancellationToken cancellationToken = default)
    {
        var rows = new List<object?[]>();
        await foreach (var row in table.Rows.WithCancellation(cancellationToken)) rows.Add(row);
        return rows;
    }

    public static ReportTable Table(ReportResult result, string name) => result.Tables.Single(t => t.Name == name);

    /// <summary>The values of one column, by its machine name.</summary>
    public static List<object?> Column(ReportTable table, IEnumerable<object?[]> rows, string column)
    {
        var index = table.Columns.ToList().FindIndex(c => c.Name == column);
        Assert.True(index >= 0, $"table {table.Name} has no column {column}");
        return rows.Select(r => r[index]).ToList();
    }

    public static object? Cell(ReportTable table, object?[] row, string column) =>
        row[table.Columns.ToList().FindIndex(c => c.Name == column)];

    public static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
