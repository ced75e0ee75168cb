using System.Globalization;
using BenchmarkDotNet.Running;
using ReportGraph.Abstractions;
using ReportGraph.Benchmarks;

// dotnet run -c Release --project bench/ReportGraph.Benchmarks -- --memory [pdf|xlsx|csv|json|html]   peak memory per size
// dotnet run -c Release --project bench/ReportGraph.Benchmarks -- --cpu 1000 pdf [renders]           CPU time per render, file size
// dotnet run -c Release --project bench/ReportGraph.Benchmarks -- --filter '*Pdf*' --job short       BenchmarkDotNet (also *Spreadsheet*: XLSX and CSV)
if (args.Length >= 1 && args[0] == "--memory")
{
    var format = args.Length > 1 ? args[1] : "pdf";
    return PeakMemoryProbe.RunAll([1_000, 10_000, 100_000], format);
}
if (args.Length >= 3 && args[0] == "--probe")
{
    return await PeakMemoryProbe.RunOneAsync(int.Parse(args[1], CultureInfo.InvariantCulture), Enum.Parse<ReportFormat>(args[2], ignoreCase: true));
}
if (args.Length >= 3 && args[0] == "--cpu")
{
    var renders = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 200;
    return await CpuTimeProbe.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture), Enum.Parse<ReportFormat>(args[2], ignoreCase: true), renders);
}
BenchmarkSwitcher.FromAssembly(typeof(PdfRenderingBenchmarks).Assembly).Run(args);
return 0;
