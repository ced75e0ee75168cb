using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Introspection;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Tests.Conformance;
using Xunit.Abstractions;

namespace ReportGraph.GraphQL.Tests.Incremental;

/// <summary>
/// graphql-js 17 (experimentalExecuteIncrementally, tests/node/incremental-oracle.mjs) executes every document of
/// Incremental/Corpus on the same schema and data; our sequence of payloads (initial result, then each subsequent
/// payload) must be the same, payload by payload. Invalid documents must get the same validation messages.
/// </summary>
public sealed class IncrementalOracleTests
{
    private static readonly Lazy<Task<JsonElement>> Oracle = new(RunOracleAsync);

    private readonly ITestOutputHelper _output;

    public IncrementalOracleTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(IncrementalTestSchema.CorpusFolder, "*.graphql").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Payloads_match_graphql_js_17(string document)
    {
        var oracle = await Oracle.Value;
        var expected = oracle.GetProperty("results").GetProperty(document);
        var actual = await ExecuteAsync(File.ReadAllText(Path.Combine(IncrementalTestSchema.CorpusFolder, document)));
        var expectedText = Normalize(JsonNode.Parse(expected.GetRawText()));
        var actualText = Normalize(WithoutValidationCode(JsonNode.Parse(actual)));
        _output.WriteLine("graphql-js: " + expectedText);
        _output.WriteLine("ours:       " + actualText);
        Assert.Equal(expectedText, actualText);
    }

    /// <summary>Our payloads as one JSON array, as a client would receive them.</summary>
    private static async Task<string> ExecuteAsync(string query)
    {
        var executor = new RequestExecutor(IncrementalTestSchema.Instance, new RequestExecutorOptions());
        var document = Parser.Parse(new Source(query));
        if (document.Definitions.OfType<OperationDefinitionNode>().Any(o => o.Operation == OperationType.Subscription))
        {
            var errors = executor.Options.Validator!.Validate(IncrementalTestSchema.Instance, document);
            return errors.Count == 0 ? "[{\"valid\":true}]" : "[" + ExecutionResult.RequestError(RequestStatus.ValidationError, errors).ToJson() + "]";
        }
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, RootValue = IncrementalTestSchema.Data, AllowIncrementalDelivery = true },
            new EmptyServices());
        var payloads = new List<string> { result.ToJson() };
        if (result.IsIncremental)
            await foreach (var payload in result.Subsequent) payloads.Add(payload.ToJson());
        return "[" + string.Join(",", payloads) + "]";
    }

    /// <summary>Our validation errors carry extensions.code GRAPHQL_VALIDATION_FAILED, which graphql-js does not add.</summary>
    private static JsonNode? WithoutValidationCode(JsonNode? payloads)
    {
        foreach (var payload in payloads!.AsArray())
        {
            if (payload?["errors"] is not JsonArray errors || payload["data"] is not null) continue;
            foreach (var error in errors)
                if (error?["extensions"]?["code"]?.GetValue<string>() == "GRAPHQL_VALIDATION_FAILED") error.AsObject().Remove("extensions");
        }
        return payloads;
    }

    /// <summary>Object keys sorted (member order is not part of the format); arrays keep their order.</summary>
    private static string Normalize(JsonNode? node) => Sort(node)?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sort).ToArray()),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };

    private static async Task<JsonElement> RunOracleAsync()
    {
        var sdl = Path.Combine(Path.GetTempPath(), $"incremental-schema-{Environment.ProcessId}.graphql");
        await File.WriteAllTextAsync(sdl, SchemaPrinter.Print(IncrementalTestSchema.Instance));
        try
        {
            return await NodeScript.RunAsync("incremental-oracle.mjs", TimeSpan.FromMinutes(2), sdl, IncrementalTestSchema.DataFile, IncrementalTestSchema.CorpusFolder);
        }
        finally
        {
            File.Delete(sdl);
        }
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
