using System.Text.Json;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Tests.TestSchema;

namespace ReportGraph.GraphQL.Tests.Execution;

/// <summary>Runs documents against the library test schema and returns the JSON a client would see.</summary>
public abstract class ExecutionTestBase
{
    protected Library Library { get; } = new();

    protected RequestExecutor Executor { get; set; } = LibrarySchema.CreateExecutor();

    protected async Task<ExecutionResult> RunAsync(string query, object? variables = null, string? operationName = null,
        IReadOnlyCollection<ReportGraph.GraphQL.Language.OperationType>? allowed = null, CancellationToken cancellationToken = default)
    {
        using var services = LibrarySchema.CreateServices(Library);
        IReadOnlyDictionary<string, object?>? vars = variables switch
        {
            null => null,
            string json => GraphQLRequest.VariablesFromJson(JsonDocument.Parse(json).RootElement),
            IReadOnlyDictionary<string, object?> d => d,
            _ => throw new ArgumentException("Variables must be null, a JSON string or a dictionary.", nameof(variables)),
        };
        return await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = vars, OperationName = operationName, AllowedOperations = allowed }, services, cancellationToken);
    }

    protected async Task<string> JsonAsync(string query, object? variables = null, string? operationName = null)
        => (await RunAsync(query, variables, operationName)).ToJson();

    /// <summary>Compares JSON ignoring formatting (the expected text may use single quotes for readability).</summary>
    protected static void AssertJson(string expected, string actual)
    {
        var normalizedExpected = JsonSerializer.Serialize(JsonDocument.Parse(expected.Replace('\'', '"')).RootElement);
        var normalizedActual = JsonSerializer.Serialize(JsonDocument.Parse(actual).RootElement);
        Assert.Equal(normalizedExpected, normalizedActual);
    }
}
