using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Benchmarks;

/// <summary>
/// The benchmark schema: reports with owners, schedules and runs, in memory. bench/graphql-js-server/schema.mjs holds
/// the same schema, data and resolvers for graphql-js, so both servers do the same work.
/// </summary>
public static class BenchSchema
{
    /// <summary>The realistic query: a dashboard of reports with their owner, schedules and latest runs.</summary>
    public const string DashboardQuery = """
        query Dashboard($first: Int!) {
          reports(first: $first) {
            id
            name
            description
            format
            owner { id name email }
            schedules { id cron timeZone recipients paused }
            runs(first: 5) { id startedAt status rowCount durationMs }
          }
        }
        """;

    /// <summary>The dashboard query's variables.</summary>
    public static readonly IReadOnlyDictionary<string, object?> DashboardVariables = new Dictionary<string, object?> { ["first"] = 20L };

    /// <summary>Builds the schema.</summary>
    public static Schema Create() => CreateBuilder().Build();

    /// <summary>The schema builder.</summary>
    public static SchemaBuilder CreateBuilder() => new SchemaBuilder().AddQueryType<BenchQuery>().ModifyOptions(o => o.UseXmlDocumentation = false);
}

/// <summary>The query root.</summary>
[GraphQLName("Query")]
public sealed class BenchQuery
{
    /// <summary>The first reports.</summary>
    public IEnumerable<BenchReport> Reports(int first = 10) => BenchData.Reports.Take(first);

    /// <summary>One report.</summary>
    public BenchReport? Report([ID] string id) => BenchData.Reports.FirstOrDefault(r => r.Id == id);
}

/// <summary>Output formats.</summary>
public enum BenchFormat { Pdf, Csv, Xlsx }

/// <summary>Run states.</summary>
public enum BenchRunStatus { Succeeded, Failed, Running }

/// <summary>A report.</summary>
[GraphQLName("Report")]
public sealed class BenchReport
{
    [ID] public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public BenchFormat Format { get; init; }
    public required BenchUser Owner { get; init; }
    public required IReadOnlyList<BenchSchedule> Schedules { get; init; }
    [GraphQLIgnore] public required IReadOnlyList<BenchRun> AllRuns { get; init; }

    /// <summary>The latest runs.</summary>
    public IEnumerable<BenchRun> Runs(int first = 5) => AllRuns.Take(first);
}

/// <summary>A user.</summary>
[GraphQLName("User")]
public sealed class BenchUser
{
    [ID] public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
}

/// <summary>A schedule.</summary>
[GraphQLName("Schedule")]
public sealed class BenchSchedule
{
    [ID] public required string Id { get; init; }
    public required string Cron { get; init; }
    public required string TimeZone { get; init; }
    public required IReadOnlyList<string> Recipients { get; init; }
    public bool Paused { get; init; }
}

/// <summary>A run.</summary>
[GraphQLName("Run")]
public sealed class BenchRun
{
    [ID] public required string Id { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public BenchRunStatus Status { get; init; }
    public int RowCount { get; init; }
    public double DurationMs { get; init; }
}

/// <summary>Deterministic data: 100 reports, 2 schedules and 10 runs each (same formulas as the graphql-js server).</summary>
public static class BenchData
{
    public static readonly IReadOnlyList<BenchReport> Reports = Enumerable.Range(1, 100).Select(i => new BenchReport
    {
        Id = "r" + i,
        Name = "Report " + i,
        Description = i % 3 == 0 ? null : "Weekly figures for team " + i,
        Format = (BenchFormat)(i % 3),
        Owner = new BenchUser { Id = "u" + (i % 7), Name = "User " + (i % 7), Email = $"user{i % 7}@example.com" },
        Schedules = Enumerable.Range(1, 2).Select(s => new BenchSchedule
        {
            Id = $"s{i}-{s}",
            Cron = $"0 {s + 5} * * 1",
            TimeZone = "Europe/Berlin",
            Recipients = new[] { $"team{i}@example.com", "boss@example.com" },
            Paused = (i + s) % 5 == 0,
        }).ToList(),
        AllRuns = Enumerable.Range(1, 10).Select(r => new BenchRun
        {
            Id = $"run{i}-{r}",
            StartedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i * 10 + r),
            Status = (BenchRunStatus)((i + r) % 3),
            RowCount = i * 100 + r,
            DurationMs = i * 1.5 + r,
        }).ToList(),
    }).ToList();
}
