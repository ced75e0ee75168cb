using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ReportGraph.Abstractions;
using ReportGraph.Plugins.PayerDrift;
using ReportGraph.Plugins.StudentReport;
using ReportGraph.Plugins.TutorWeekly;
using ReportGraph.Rendering;
using ReportGraph.Rendering.Charts;
using ReportGraph.Rendering.Tests.Support;
using Xunit.Abstractions;

namespace ReportGraph.Plugins.Tests;

/// <summary>
/// Issue 14: quiet periods are results. Every sample report for every entity of the demo data (every student, every
/// tutor and all, every payer and all) over the periods of every recurrence kind and a run-now generates and renders
/// to every format without a failure; where a chart or table is empty, the PDF's text holds its empty-state sentence.
/// </summary>
/// <remarks>
/// Kept to CI size: CSV, XLSX, HTML and JSON are rendered in memory for every run (the HTML and the email chart HTML are
/// checked for the sentences too); the JSON says which charts and tables are empty, and a sample of those runs (see
/// <see cref="NeedsPdf"/>) is rendered to PDF and read back with pdftotext.
/// </remarks>
[Collection(DemoCollection.Name)]
public sealed class EmptyPeriodSweepTests(DemoFixture demo, ITestOutputHelper log)
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");
    private static readonly ReportFormat[] InMemoryFormats = [ReportFormat.Csv, ReportFormat.Xlsx, ReportFormat.Html];

    private sealed record Run(IReportDefinition Report, string Entity, (string Name, object? Value)[] Parameters, SweepPeriods.Case Case, bool AlwaysPdf);

    [Fact]
    public async Task Every_entity_over_every_recurrence_kind_renders_every_format_and_empty_data_says_so()
    {
        var watch = Stopwatch.StartNew();
        var renderers = new ServiceCollection().AddRendering(new ConfigurationBuilder().Build()).BuildServiceProvider().GetRequiredService<ReportRenderers>();
        var runs = Runs().ToList();
        var failures = new ConcurrentQueue<string>();
        var pdfs = 0;
        var emptySentences = new ConcurrentDictionary<string, int>();
        var pdfKinds = new ConcurrentDictionary<string, byte>();
        using var output = new FolderOutput();

        await Parallel.ForEachAsync(runs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, async (run, ct) =>
        {
            try
            {
                var (expected, pdf) = await RenderAllAsync(run, renderers, output, sentences => NeedsPdf(run, sentences, pdfKinds), ct);
                foreach (var sentence in expected) emptySentences.AddOrUpdate(sentence, 1, (_, n) => n + 1);
                if (pdf)
                {
                    Interlocked.Increment(ref pdfs);
                    var text = Poppler.Text(output.PathOf(BaseName(run) + ".pdf"));
                    foreach (var group in expected.GroupBy(s => s))
                    {
                        var found = Occurrences(text, group.Key);
                        if (found < group.Count()) failures.Enqueue($"{Describe(run)}: PDF shows \"{group.Key}\" {found} times, expected {group.Count()}");
                    }
                }
            }
            catch (Exception ex)
            {
                failures.Enqueue($"{Describe(run)}: {ex.GetType().Name}: {ex.Message}");
            }
        });

        log.WriteLine($"{runs.Count} runs over {SweepPeriods.All(demo.Data.FirstDay).Count} periods, {pdfs} PDFs read back, in {watch.Elapsed.TotalSeconds:0.0} s; empty states seen: " +
            string.Join(", ", emptySentences.OrderBy(p => p.Key).Select(p => $"\"{p.Key}\" ×{p.Value}")));
        Assert.True(failures.IsEmpty, $"{failures.Count} of {runs.Count} runs failed:\n" + string.Join("\n", failures.Take(25)));
        // The sweep must actually meet the case of the issue: students without grades in a period.
        Assert.True(emptySentences.GetValueOrDefault(StudentReportDefinition.NoGradesText) > 0, "no student period without grades was met");
        Assert.Equal(["cron", "daily", "month-end", "monthly", "run-now", "weekly"], runs.Select(r => r.Case.Kind).Distinct().Order());
    }

    /// <summary>Every entity of each sample report, crossed with every period.</summary>
    private IEnumerable<Run> Runs()
    {
        var student = new StudentReportDefinition();
        var tutor = new TutorWeeklyDefinition();
        var payer = new PayerDriftDefinition();
        var entities = demo.Data.Students.Select(s => (Report: (IReportDefinition)student, Entity: $"student {s.Id}",
                Parameters: new (string, object?)[] { (StudentReportDefinition.StudentIdParameter, (long)s.Id), (StudentReportDefinition.AttendanceDetailParameter, true) }))
            .Concat(demo.Data.Tutors.Select(t => t.Id).Append(TutorWeeklyDefinition.AllTutors)
                .Select(id => ((IReportDefinition)tutor, $"tutor {id}", new (string, object?)[] { (TutorWeeklyDefinition.TutorIdParameter, id) })))
            .Concat(demo.Data.Payers.Select(p => p.Id).Append("")
                .Select(id => ((IReportDefinition)payer, $"payer {(id.Length == 0 ? "all" : id)}", new (string, object?)[] { (PayerDriftDefinition.PayerParameter, id) })))
            .ToList();
        foreach (var period in SweepPeriods.All(demo.Data.FirstDay))
        {
            var first = new HashSet<string>();
            foreach (var (report, entity, parameters) in entities)
            {
                yield return new Run(report, entity, parameters, period, AlwaysPdf: first.Add(report.Key));
            }
        }
    }

    /// <summary>
    /// Reading every PDF back would dominate the run time, and the empty states repeat: a PDF is made for the first run of
    /// each report and period, and for a run with empty parts whose combination of sentences is new for its report and
    /// period, or whose entity has not had one read back yet.
    /// </summary>
    private static bool NeedsPdf(Run run, List<string> sentences, ConcurrentDictionary<string, byte> seen)
    {
        if (run.AlwaysPdf) return true;
        if (sentences.Count == 0) return false;
        var newCombination = seen.TryAdd($"{run.Report.Key}|{run.Case}|{string.Join("|", sentences)}", 0);
        var newEntity = seen.TryAdd($"{run.Report.Key}|{run.Entity}", 0);
        return newCombination || newEntity;
    }

    /// <summary>
    /// Generates and renders every format but PDF; then the PDF when <paramref name="needsPdf"/> says so for the
    /// empty-state sentences the report should show (read from its JSON), which it returns.
    /// </summary>
    private async Task<(List<string> Expected, bool Pdf)> RenderAllAsync(Run run, ReportRenderers renderers, FolderOutput folder,
        Func<List<string>, bool> needsPdf, CancellationToken ct)
    {
        var values = run.Report.Parameters.ToDictionary(p => p.Name, p => p.DefaultValue);
        foreach (var (name, value) in run.Parameters) values[name] = value;
        var request = new ReportRequest
        {
            Parameters = new ReportParameterValues(values),
            Period = run.Case.Period,
            TimeZone = SweepPeriods.Zone,
            ScheduledFor = run.Case.Period.End,
            DataSources = demo.Sources(),
            Logger = NullLogger.Instance,
            Services = new ServiceCollection().BuildServiceProvider(),
        };
        var result = await run.Report.GenerateAsync(request, ct);
        var render = new RenderRequest(result, run.Report.DisplayName, run.Case.Period, SweepPeriods.Zone, Culture,
            run.Case.Period.End, null, BaseName(run));

        var memory = new MemoryOutput();
        await renderers.Get(ReportFormat.Json).RenderAsync(render, memory, ct);
        var expected = ExpectedSentences(memory.Json());
        foreach (var format in InMemoryFormats)
        {
            await renderers.Get(format).RenderAsync(render, memory, ct);
        }

        Assert.All(expected, sentence => Assert.Contains($">{sentence}<", memory.Html()));
        foreach (var chart in result.Charts.Where(EmptyState.IsEmpty))
        {
            Assert.Contains(EmptyState.TextOf(chart), EmailChartHtml.Render(chart, Culture));
        }

        var pdf = needsPdf(expected);
        if (pdf)
        {
            await renderers.Get(ReportFormat.Pdf).RenderAsync(render, folder, ct);
        }

        return (expected, pdf);
    }

    private static List<string> ExpectedSentences(JsonElement json) =>
        json.GetProperty("charts").EnumerateArray().Concat(json.GetProperty("tables").EnumerateArray())
            .Where(e => e.TryGetProperty("emptyText", out _))
            .Select(e => e.GetProperty("emptyText").GetString()!)
            .ToList();

    private static string BaseName(Run run) =>
        $"{run.Report.Key}-{run.Entity.Replace(' ', '-')}-{run.Case.Kind}-{run.Case.Period.Start.UtcDateTime:yyyyMMddHHmm}";

    private static string Describe(Run run) => $"{run.Report.Key} {run.Entity} {run.Case}";

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
