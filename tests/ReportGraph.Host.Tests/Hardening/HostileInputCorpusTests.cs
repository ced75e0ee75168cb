using System.Diagnostics;
using System.Text;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Hardening;

/// <summary>Runs alone: CPU and memory are measured for the whole process, so no other test may run meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileCorpusCollection
{
    public const string Name = "Hostile input corpus";
}

/// <summary>
/// Issue #10 "done when": the hostile-input corpus against the real host (full ASP.NET Core pipeline, real schema,
/// signed-in member) gets no HTTP 5xx, every 4xx carries a message, no request costs more than its CPU budget (process
/// CPU time around the request, not wall time), and the managed heap is back near its baseline afterwards.
/// </summary>
[Collection(HostileCorpusCollection.Name)]
public sealed class HostileInputCorpusTests : IAsyncLifetime
{
    private static readonly TimeSpan CpuBudget = TimeSpan.FromMilliseconds(250);
    private const long MemoryTolerance = 96L * 1024 * 1024;
    private readonly ApiHost _host = new(new Dictionary<string, string?> { ["Demo:Refresh"] = "false" });
    private ApiClient _member = null!;

    public async Task InitializeAsync() => (_member, _) = await _host.MemberAsync("mallory@example.org");

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_corpus_gets_no_5xx_stays_within_its_CPU_budget_and_leaves_the_heap_near_baseline()
    {
        var corpus = HostileInputs.All().ToList();
        Assert.True(corpus.Count >= 300, $"only {corpus.Count} hostile requests");
        Assert.Equal(corpus.Count, corpus.Select(r => r.Name).Distinct().Count());

        // Warm up (JIT, caches, the first validation of the schema), then take the baseline.
        foreach (var _ in Enumerable.Range(0, 3)) await _member.DataAsync("{ me { email } reportTypes { key } }");
        var baseline = SettledManagedMemory();

        // One pass, then the heap must be back within a tolerance of the baseline. What stays is bounded by design:
        // the document cache (1000 documents, 1 Mi characters of text) and ArrayPool buffers, which the runtime trims a
        // minute after their last use. Observed: +45 MB after the first pass, and four passes in a row end between
        // +10 and +30 MB (no growth from pass to pass). The corpus serialises its bodies up front: serialising them per
        // send put the test client's own 8 MB escaping buffers into this process's count.
        var failures = new List<string>();
        var costs = new List<(string Name, TimeSpan Cpu)>();
        await RunCorpusAsync(corpus, failures, costs);
        var after = SettledManagedMemory();

        var top = string.Join("\n", costs.OrderByDescending(c => c.Cpu).Take(5).Select(c => $"  {c.Cpu.TotalMilliseconds:0} ms  {c.Name}"));
        Assert.True(failures.Count == 0, $"{failures.Count} of {corpus.Count} failed:\n{string.Join("\n", failures)}\nmost expensive:\n{top}");
        Assert.True(after - baseline < MemoryTolerance,
            $"managed memory {baseline / 1024 / 1024} MB before and {after / 1024 / 1024} MB after {corpus.Count} hostile requests");

        // The host still serves ordinary requests.
        Assert.Equal("mallory@example.org", (await _member.DataAsync("{ me { email } }")).GetProperty("me").GetProperty("email").GetString());
    }

    private async Task RunCorpusAsync(List<HostileRequest> corpus, List<string> failures, List<(string Name, TimeSpan Cpu)> costs)
    {
        foreach (var request in corpus)
        {
            var (status, body, cpu) = await SendMeasuredAsync(request);
            if (cpu > CpuBudget)
            {
                // Process CPU also counts the GC and the runtime's background threads: a request over budget is sent
                // twice more and judged by its cheapest run. A real bomb is expensive every time.
                for (var retry = 0; retry < 2 && cpu > CpuBudget; retry++)
                {
                    var again = await SendMeasuredAsync(request);
                    if (again.Cpu < cpu) (status, body, cpu) = again;
                }
            }

            costs.Add((request.Name, cpu));
            if (status >= 500) failures.Add($"{request.Name}: HTTP {status} {Preview(body)}");
            else if (status >= 400 && !body.Contains("message", StringComparison.OrdinalIgnoreCase)) failures.Add($"{request.Name}: HTTP {status} without a message: {Preview(body)}");
            if (cpu > CpuBudget) failures.Add($"{request.Name}: {cpu.TotalMilliseconds:0} ms CPU (budget {CpuBudget.TotalMilliseconds:0} ms)");
        }
    }

    private async Task<(int Status, string Body, TimeSpan Cpu)> SendMeasuredAsync(HostileRequest request)
    {
        using var message = request.Create();
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        HttpResponseMessage response;
        try
        {
            response = await _member.Http.SendAsync(message, timeout.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The in-process server hands an unhandled exception to the client: over a socket it would be a 500.
            process.Refresh();
            return (500, e.GetType().Name + ": " + e.Message, process.TotalProcessorTime - before);
        }

        using var _ = response;
        var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        process.Refresh();
        var cpu = process.TotalProcessorTime - before;
        return ((int)response.StatusCode, Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096)), cpu);
    }

    private static long SettledManagedMemory()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Preview(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
