using System.Reflection;
using System.Runtime.Loader;
using ReportGraph.Abstractions;
using ReportGraph.Plugins.PayerDrift;
using ReportGraph.Plugins.StudentReport;
using ReportGraph.Plugins.TutorWeekly;
using static ReportGraph.Plugins.Tests.Requests;

namespace ReportGraph.Plugins.Tests;

/// <summary>
/// Each sample plugin works when loaded the way the host loads it: its own collectible load context that shares
/// only ReportGraph.Abstractions (and the framework) with the host.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class PluginIsolationTests(DemoFixture demo)
{
    public static TheoryData<string> Assemblies => [typeof(StudentReportDefinition).Assembly.Location, typeof(TutorWeeklyDefinition).Assembly.Location, typeof(PayerDriftDefinition).Assembly.Location];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public async Task Loads_in_its_own_context_and_generates_rows(string path)
    {
        var context = new PluginContext(path);
        try
        {
            var assembly = context.LoadFromAssemblyPath(path);
            var type = Assert.Single(assembly.GetExportedTypes(), t => typeof(IReportDefinition).IsAssignableFrom(t) && !t.IsAbstract);
            var report = (IReportDefinition)Activator.CreateInstance(type)!;

            Assert.Same(typeof(IReportDefinition).Assembly, type.GetInterface(nameof(IReportDefinition))!.Assembly);
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name is "ReportGraph.Host" or "Microsoft.Data.Sqlite");
            var request = For(report, demo.Sources(), DemoFixture.LastDay.AddDays(-6), DemoFixture.LastDay,
                report.Key == "student-report" ? [("studentId", 3L)] : []);
            var result = await report.GenerateAsync(request, CancellationToken.None);
            Assert.NotEmpty(await RowsAsync(result.Tables[0]));
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class PluginContext(string path) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(path), isCollectible: true)
    {
        private readonly AssemblyDependencyResolver _resolver = new(path);

        protected override Assembly? Load(AssemblyName name) =>
            name.Name == "ReportGraph.Abstractions" ? null // shared with the host
            : _resolver.ResolveAssemblyToPath(name) is { } file ? LoadFromAssemblyPath(file) : null;
    }
}
