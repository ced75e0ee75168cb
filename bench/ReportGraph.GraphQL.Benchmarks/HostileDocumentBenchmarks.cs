using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Hosting;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;
using ReportGraph.GraphQL.Validation;

namespace ReportGraph.GraphQL.Benchmarks;

/// <summary>
/// Issue 10.1: a 1.5 KB chain of 40 fragments, each spreading the next twice, expands to 2^40 fields when spreads are
/// followed inline. Validation and the server's request rules must stay linear: these should take microseconds.
/// </summary>
[MemoryDiagnoser]
public class HostileDocumentBenchmarks
{
    private Schema _schema = null!;
    private RequestExecutor _executor = null!;
    private IServiceProvider _services = null!;
    private string _bomb = null!;
    private DocumentNode _bombDocument = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchSchema.Create();
        var options = new RequestExecutorOptions { ExecutionTimeout = null, DocumentCacheSize = 0 };
        options.RequestRules.Add(new IntrospectionAllowedRequestRule());
        options.RequestRules.Add(new MaxDepthRequestRule(12));
        options.RequestRules.Add(new MaxCostRequestRule(20_000));
        _executor = new RequestExecutor(_schema, options);
        _services = new ServiceCollection().BuildServiceProvider();
        var text = new StringBuilder("{ ...F0 }");
        for (int i = 0; i < 40; i++) text.Append(System.Globalization.CultureInfo.InvariantCulture, $" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        _bomb = text.Append(" fragment F40 on Query { __typename }").ToString();
        _bombDocument = Parser.Parse(new Source(_bomb));
    }

    /// <summary>The spec rules alone.</summary>
    [Benchmark] public int ValidateChainedFragments40() => DocumentValidator.Validate(_schema, _bombDocument).Count;

    /// <summary>Parse, validate and the server's request rules (depth, cost, introspection allowed), uncached, as an anonymous caller.</summary>
    [Benchmark]
    public async Task<int> RequestChainedFragments40()
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest
        {
            Query = _bomb,
            ContextData = new Dictionary<string, object?> { [IntrospectionAllowedRequestRule.ContextDataKey] = false },
        }, _services);
        return result.Errors?.Count ?? 0;
    }
}
