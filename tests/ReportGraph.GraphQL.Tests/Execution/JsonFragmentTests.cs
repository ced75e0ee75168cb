using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Execution;

/// <summary>
/// HTTP responses complete lists and objects of pure fields straight to JSON (<see cref="JsonFragmentWriter"/>):
/// the response must be the very text the general executor writes, errors and null propagation included.
/// </summary>
public sealed class JsonFragmentTests
{
    private readonly RequestExecutor _executor = new(new SchemaBuilder().AddQueryType<WarehouseQuery>().Build());
    private readonly IServiceProvider _services = new ServiceCollection().BuildServiceProvider();

    private const string Everything = """
        {
          shelves {
            __typename label
            crates { __typename code weightKg packedAt kind note grid sizes items stackable }
            featured { code }
            nothing { code }
          }
          lazyShelves { label crates { code } }
        }
        """;

    [Fact]
    public async Task A_response_written_from_fragments_is_the_text_of_the_general_executor()
    {
        var (direct, general) = await BothWaysAsync(Everything);
        Assert.Equal(general.ToJson(), direct.ToJson());
        Assert.Null(direct.Errors);
        // The lists of pure fields were written as fragments; a lazy sequence was not (it is not enumerated twice).
        Assert.IsType<JsonFragment>(direct.Data!["shelves"]);
        Assert.IsNotType<JsonFragment>(direct.Data!["lazyShelves"]);
    }

    [Fact]
    public async Task Indented_output_of_a_fragment_is_the_indented_output_of_the_general_executor()
    {
        var (direct, general) = await BothWaysAsync(Everything);
        Assert.Equal(general.ToJson(indented: true), direct.ToJson(indented: true));
    }

    [Fact]
    public async Task A_throwing_getter_gives_the_general_executors_error_and_nulls()
    {
        var (direct, general) = await BothWaysAsync("{ shelves { label crates { code broken } } }");
        Assert.Equal(general.ToJson(), direct.ToJson());
        // Each crate's non-null field failed, so each crate is null (the list's items are nullable).
        Assert.Equal(4, direct.Errors!.Count);
        Assert.Equal("Unexpected Execution Error", direct.Errors[0].Message);
        Assert.Equal(new object[] { "shelves", 0, "crates", 0, "broken" }, direct.Errors[0].Path);
        Assert.Contains("\"crates\":[null,null]", direct.ToJson());
    }

    [Fact]
    public async Task Null_for_a_non_null_field_gives_the_general_executors_error_and_propagation()
    {
        var (direct, general) = await BothWaysAsync("{ shelves { label crates { code missing } } }");
        Assert.Equal(general.ToJson(), direct.ToJson());
        Assert.Equal("Cannot return null for non-nullable field Crate.missing.", direct.Errors![0].Message);
    }

    [Theory]
    [InlineData("density", "Float cannot represent non numeric value: NaN")]
    [InlineData("unnamedKind", "Enum \"CrateKind\" cannot represent value: \"7\"")]
    public async Task A_value_without_a_json_form_gives_the_general_executors_error(string field, string message)
    {
        var (direct, general) = await BothWaysAsync("{ shelves { crates { code " + field + " } } }");
        Assert.Equal(general.ToJson(), direct.ToJson());
        Assert.Equal(message, direct.Errors![0].Message);
    }

    [Fact]
    public async Task A_result_whose_fragments_were_released_cannot_be_written_again()
    {
        var (direct, _) = await BothWaysAsync(Everything);
        direct.ReleaseJsonFragments();
        // The pooled bytes may belong to another request by now: reading them must fail, not send them.
        Assert.Throws<ObjectDisposedException>(() => direct.ToJson());
    }

    [Fact]
    public async Task Cached_introspection_data_stays_maps_and_arrays_for_every_caller()
    {
        var (direct, general) = await BothWaysAsync("{ __schema { queryType { name fields { name } } } }");
        Assert.Equal(general.ToJson(), direct.ToJson());
        Assert.IsNotType<JsonFragment>(general.Data!["__schema"]);
    }

    /// <summary>The same query with fragments (as the HTTP endpoint asks) and without (maps and arrays).</summary>
    private async Task<(ExecutionResult Direct, ExecutionResult General)> BothWaysAsync(string query)
    {
        var direct = await _executor.ExecuteAsync(new GraphQLRequest { Query = query, WritesDataAsJson = true }, _services);
        var general = await _executor.ExecuteAsync(new GraphQLRequest { Query = query }, _services);
        return (direct, general);
    }
}

/// <summary>The query root: properties only, so every field has a pure resolver.</summary>
[GraphQLName("Query")]
public sealed class WarehouseQuery
{
    public IReadOnlyList<Shelf> Shelves { get; } = new[] { Shelf.Create("A \"quoted\" shelf", 0), Shelf.Create("Ünïcödé ✓", 2) };

    /// <summary>A lazy sequence: completed by the general executor.</summary>
    public IEnumerable<Shelf> LazyShelves => Shelves.Where(s => s.Label.Length > 0);
}

public enum CrateKind { Small, ExtraLarge }

[GraphQLName("Shelf")]
public sealed class Shelf
{
    public required string Label { get; init; }
    public required IReadOnlyList<Crate?> Crates { get; init; }
    public Crate? Featured { get; init; }
    public Crate? Nothing => null;

    public static Shelf Create(string label, int seed) => new()
    {
        Label = label,
        Crates = new[]
        {
            new Crate { Code = "c" + seed, WeightKg = 0.1 + seed, PackedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(seed)), Kind = CrateKind.ExtraLarge, Note = null,
                Grid = new List<List<int>> { new() { 1, 2 }, new() }, Sizes = new[] { 1e21, -0.0, 1.5 } },
            new Crate { Code = "d" + seed, WeightKg = 12, PackedAt = DateTimeOffset.UnixEpoch, Kind = CrateKind.Small, Note = "fragile\n\t<b>",
                Grid = new List<List<int>>(), Sizes = Array.Empty<double>() },
        },
        Featured = new Crate { Code = "f" + seed, Grid = new(), Sizes = Array.Empty<double>() },
    };
}

[GraphQLName("Crate")]
public sealed class Crate
{
    public required string Code { get; init; }
    public double WeightKg { get; init; }
    public DateTimeOffset PackedAt { get; init; }
    public CrateKind Kind { get; init; }
    public string? Note { get; init; }
    public int Items { get; init; } = 3;
    public bool Stackable { get; init; } = true;
    public double Density => double.NaN;
    public CrateKind UnnamedKind => (CrateKind)7;
    public required List<List<int>> Grid { get; init; }
    public required IReadOnlyList<double> Sizes { get; init; }
    public string Broken => throw new InvalidOperationException("the label printer is out of paper");
    public string Missing => null!;
}
