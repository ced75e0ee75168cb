using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Data;

/// <summary>Filters and sorts on every comparable scalar type, in memory (LINQ to objects compiles the same expressions EF Core translates).</summary>
public sealed class ValueTypeFilteringTests
{
    public sealed class Reading
    {
        public Guid Id { get; set; }
        public DateTimeOffset? TakenAt { get; set; }
        public DateOnly Day { get; set; }
        public decimal Amount { get; set; }
        public long Big { get; set; }
        public double Ratio { get; set; }
        public TimeSpan Duration { get; set; }
        public string Label { get; set; } = "";
    }

    public static readonly Guid FirstId = Guid.Parse("11111111-1111-1111-1111-111111111111");

    public static readonly Reading[] Readings =
    {
        new() { Id = FirstId, TakenAt = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(1)), Day = new DateOnly(2026, 3, 1), Amount = 1.5m, Big = 5_000_000_000, Ratio = 0.25, Duration = TimeSpan.FromMinutes(5), Label = "a" },
        new() { Id = Guid.NewGuid(), TakenAt = null, Day = new DateOnly(2026, 3, 2), Amount = 2.5m, Big = 1, Ratio = 0.5, Duration = TimeSpan.FromMinutes(50), Label = "b" },
        new() { Id = Guid.NewGuid(), TakenAt = new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero), Day = new DateOnly(2026, 3, 3), Amount = 10m, Big = 7, Ratio = 0.75, Duration = TimeSpan.FromHours(2), Label = "c" },
    };

    public sealed class ReadingsQuery
    {
        [UseFiltering]
        [UseSorting]
        public IEnumerable<Reading> GetReadings() => Readings;
    }

    private static readonly Lazy<RequestExecutor> Executor = new(() => new RequestExecutor(new SchemaBuilder().AddQueryType<ReadingsQuery>().Build()));

    private static async Task<string[]> LabelsAsync(string arguments)
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        var result = await Executor.Value.ExecuteAsync(new GraphQLRequest { Query = $"{{ readings({arguments}) {{ label }} }}" }, services);
        var json = JsonDocument.Parse(result.ToJson()).RootElement;
        Assert.False(json.HasErrors(), json.ToString());
        return json.Get("data", "readings").Strings("label");
    }

    [Theory]
    [InlineData("where: { takenAt: { gt: \"2026-03-01T07:30:00Z\" } }", "c")]           // 08:00+01:00 is 07:00Z
    [InlineData("where: { takenAt: { eq: null } }", "b")]
    [InlineData("where: { takenAt: { neq: null } }", "a,c")]
    [InlineData("where: { day: { gte: \"2026-03-02\" } }", "b,c")]
    [InlineData("where: { amount: { lt: 2.5 } }", "a")]
    [InlineData("where: { amount: { in: [2.5, 10] } }", "b,c")]
    [InlineData("where: { big: { gt: 4000000000 } }", "a")]
    [InlineData("where: { ratio: { lte: 0.5 } }", "a,b")]
    [InlineData("where: { id: { eq: \"11111111-1111-1111-1111-111111111111\" } }", "a")]
    [InlineData("where: { id: { nin: [\"11111111-1111-1111-1111-111111111111\"] } }", "b,c")]
    [InlineData("order: [{ amount: DESC }]", "c,b,a")]
    [InlineData("order: [{ takenAt: ASC }]", "b,a,c")]
    [InlineData("order: [{ day: DESC }]", "c,b,a")]
    public async Task Comparable_values_filter_and_sort(string arguments, string expected)
        => Assert.Equal(expected.Split(','), await LabelsAsync(arguments));

    [Fact]
    public void Guids_offer_equality_and_lists_but_no_ordering_operators()
    {
        var schema = new SchemaBuilder().AddQueryType<ReadingsQuery>().Build();
        var uuid = Assert.IsType<InputObjectType>(schema.GetType("UUIDOperationFilterInput"));
        Assert.True(uuid.Fields.Contains("in"));
        Assert.False(uuid.Fields.Contains("gt"));
        var decimals = Assert.IsType<InputObjectType>(schema.GetType("DecimalOperationFilterInput"));
        Assert.True(decimals.Fields.Contains("gte"));
    }
}
