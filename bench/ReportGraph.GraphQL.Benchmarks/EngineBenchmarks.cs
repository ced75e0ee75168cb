using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;
using ReportGraph.GraphQL.Validation;

namespace ReportGraph.GraphQL.Benchmarks;

/// <summary>Parse, validate and execute, each alone, for the realistic dashboard query and the full introspection query.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Schema _schema = null!;
    private RequestExecutor _executor = null!;
    private IServiceProvider _services = null!;
    private DocumentNode _dashboard = null!;
    private DocumentNode _introspection = null!;
    private IReadOnlyList<IValidationRule> _rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchSchema.Create();
        _executor = new RequestExecutor(_schema, new RequestExecutorOptions { ExecutionTimeout = null });
        _services = new ServiceCollection().BuildServiceProvider();
        _dashboard = Parser.Parse(new Source(BenchSchema.DashboardQuery));
        _introspection = Parser.Parse(new Source(Introspection.IntrospectionQuery.Text));
        _rules = SpecifiedRules.All.ToList();
    }

    [Benchmark] public DocumentNode ParseDashboard() => Parser.Parse(new Source(BenchSchema.DashboardQuery));
    [Benchmark] public DocumentNode ParseIntrospection() => Parser.Parse(new Source(Introspection.IntrospectionQuery.Text));
    [Benchmark] public int ValidateDashboard() => DocumentValidator.Validate(_schema, _dashboard, _rules).Count;
    [Benchmark] public int ValidateIntrospection() => DocumentValidator.Validate(_schema, _introspection, _rules).Count;

    /// <summary>Execution only: the document text is in the executor's cache (parsed and validated once), as on a busy server.</summary>
    [Benchmark]
    public async Task<int> ExecuteDashboard()
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = BenchSchema.DashboardQuery, Variables = BenchSchema.DashboardVariables }, _services);
        return result.Errors?.Count ?? 0;
    }

    [Benchmark]
    public async Task<int> ExecuteIntrospection()
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = Introspection.IntrospectionQuery.Text }, _services);
        return result.Errors?.Count ?? 0;
    }

    /// <summary>
    /// Execution plus writing the response into a reused buffer, as the HTTP endpoint writes into the response pipe,
    /// with lists and objects of pure fields completed as JSON fragments (what the endpoint asks for)...
    /// </summary>
    [Benchmark]
    public async Task<int> ExecuteAndWriteDashboard()
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = BenchSchema.DashboardQuery, Variables = BenchSchema.DashboardVariables, WritesDataAsJson = true }, _services);
        int written = WriteToResponseBuffer(result);
        // As the endpoint does once the response is written: the fragments' pooled bytes go back.
        result.ReleaseJsonFragments();
        return written;
    }

    /// <summary>... and the same with the whole result built as maps and arrays first.</summary>
    [Benchmark]
    public async Task<int> ExecuteAndWriteDashboardAsTree()
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = BenchSchema.DashboardQuery, Variables = BenchSchema.DashboardVariables }, _services);
        return WriteToResponseBuffer(result);
    }

    private int WriteToResponseBuffer(ExecutionResult result)
    {
        _response.ResetWrittenCount();
        ExecutionResultWriter.Write(_response, result);
        return _response.WrittenCount;
    }

    private readonly System.Buffers.ArrayBufferWriter<byte> _response = new(64 * 1024);

    /// <summary>Execution plus JSON serialisation to a string.</summary>
    [Benchmark]
    public async Task<int> ExecuteAndSerializeDashboard()
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = BenchSchema.DashboardQuery, Variables = BenchSchema.DashboardVariables }, _services);
        return ExecutionResultWriter.ToJson(result).Length;
    }
}
