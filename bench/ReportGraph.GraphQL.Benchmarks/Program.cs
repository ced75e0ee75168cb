using System.Net;
using BenchmarkDotNet.Running;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportGraph.GraphQL.Benchmarks;

// dotnet run -c Release -- [BenchmarkDotNet arguments]   → parse/validate/execute benchmarks
// dotnet run -c Release -- serve <port>                  → the benchmark schema over HTTP for bench/load-compare.sh
if (args.Length > 0 && args[0] == "serve")
{
    int port = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5080;
    var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
    builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
    builder.Logging.ClearProviders();
    builder.Services.AddGraphQLServer()
        .ConfigureSchema(b => b.AddQueryType<BenchQuery>().ModifyOptions(o => o.UseXmlDocumentation = false))
        .ModifyOptions(o => o.ExecutionTimeout = null);
    var app = builder.Build();
    app.MapGraphQL("/graphql", o => o.Ide.Enable = false);
    Console.WriteLine($"ReportGraph GraphQL benchmark server on http://127.0.0.1:{port}/graphql");
    await app.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
