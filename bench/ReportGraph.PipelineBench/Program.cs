using System.Globalization;
using ReportGraph.Host.Deliveries;
using ReportGraph.PipelineBench;

// dotnet run -c Release --project bench/ReportGraph.PipelineBench -- [schedules=20] [--rows 1000] [--recipients 10] [--host path]
var options = BenchOptions.Parse(args);
var repository = RepositoryRoot.Find();
var hostAssembly = HostLocator.Find(options.HostAssembly, repository);
var work = Path.Combine(Path.GetTempPath(), $"rg-pipeline-bench-{Guid.NewGuid():N}");
var data = Path.Combine(work, "data");
Directory.CreateDirectory(data);
try
{
    Console.WriteLine($"Host: {hostAssembly}\nWork folder: {work}");
    Console.WriteLine("Building the bench plugin…");
    var catalog = await BenchPlugin.BuildAsync(Path.Combine(work, "plugin"));

    var smtpPort = ChildProcess.FreePort();
    var mail = Path.Combine(work, "mail");
    using var smtp = new ChildProcess(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3",
        [Path.Combine(repository, "tests", "smtp", "smtp_server.py"), "--port", smtpPort.ToString(CultureInfo.InvariantCulture), "--maildir", mail]);
    await WaitForAsync(() => Task.FromResult(smtp.Output.Any(l => l.StartsWith("READY", StringComparison.Ordinal))), TimeSpan.FromSeconds(20),
        () => "the SMTP server (needs python3-aiosmtpd) did not start:\n" + smtp.Tail());

    // Due far enough ahead for the host to start; whole seconds, as cron fires on whole seconds.
    var store = new BenchStore(data);
    var now = DateTimeOffset.UtcNow.AddSeconds(options.LeadSeconds);
    var due = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    var warmupDue = due.AddSeconds(-BenchOptions.WarmupSeconds);
    await store.SeedAsync([("Bench schedule", options.Schedules, due), ("Warm-up schedule", options.WarmupSchedules, warmupDue)], options.Recipients, options.Rows);
    Console.WriteLine($"Seeded {options.Schedules} schedules due at {due:HH:mm:ss} UTC"
        + (options.WarmupSchedules > 0 ? $" and a warm-up burst of {options.WarmupSchedules} due at {warmupDue:HH:mm:ss}" : "") + "; starting the host…");

    var httpPort = ChildProcess.FreePort();
    string[] settings =
    [
        $"--Urls=http://127.0.0.1:{httpPort}",
        $"--Storage:DataDirectory={data}",
        $"--Plugins:CatalogPath={catalog}",
        "--Demo:Enabled=false",
        "--Delivery:PublicBaseUrl=http://127.0.0.1",
        "--Delivery:Smtp:Host=127.0.0.1",
        $"--Delivery:Smtp:Port={smtpPort}",
        "--Delivery:Smtp:Security=None",
        "--Delivery:Smtp:FromAddress=reports@example.test",
        "--Logging:LogLevel:Default=Warning",
        .. options.HostSettings,
    ];
    if (options.HostSettings.Count > 0 || options.HostEnvironment.Count > 0)
    {
        Console.WriteLine("Host settings: " + string.Join(' ', options.HostSettings.Concat(options.HostEnvironment.Select(p => $"{p.Key}={p.Value}"))));
    }

    using var host = new ChildProcess("dotnet", [hostAssembly, .. settings], Path.GetDirectoryName(hostAssembly),
        new Dictionary<string, string>(options.HostEnvironment) { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

    var expectedEmails = options.Schedules * options.Recipients;
    // CPU time of the burst: sampled just before the due time (the host has started and is idle) and when the last
    // execution has finished. Steadier than wall-clock figures on a machine shared with other work.
    var cpuAtDue = Task.Run(async () =>
    {
        var wait = due - TimeSpan.FromSeconds(1) - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        return (Host: host.CpuTime(), Smtp: smtp.CpuTime(), HostThreads: ThreadCpu.Read(host.Process.Id));
    });
    long peak = 0;
    var last = "";
    await WaitForAsync(async () =>
    {
        if (host.Process.HasExited)
        {
            throw new InvalidOperationException($"The host exited with {host.Process.ExitCode}:\n{host.Tail()}");
        }

        peak = Math.Max(peak, host.PeakWorkingSet());
        var executions = await store.ExecutionsAsync(due);
        var finished = executions.Count(e => e.FinishedAt is not null);
        var sent = executions.Sum(e => e.Deliveries.Count(d => d.Status == DeliveryStatus.Sent));
        var line = $"  {DateTimeOffset.UtcNow:HH:mm:ss} executions finished {finished}/{options.Schedules}, emails sent {sent}/{expectedEmails}";
        if (line[12..] != last)
        {
            Console.WriteLine(line);
            last = line[12..];
        }

        return finished >= options.Schedules;
    }, options.Timeout, () => "the executions to finish:\n" + host.Tail());

    var (hostCpu, smtpCpu, hostThreads) = (host.CpuTime(), smtp.CpuTime(), ThreadCpu.Read(host.Process.Id));
    var atDue = await cpuAtDue;
    peak = Math.Max(peak, host.PeakWorkingSet());
    var figures = Figures.From(await store.ExecutionsAsync(due), due, peak);
    figures.Print(options, Console.Out);
    if (options.WarmupSchedules > 0)
    {
        var warmup = await store.ExecutionsAsync(warmupDue);
        var finishedAt = warmup.Select(e => e.FinishedAt).OfType<DateTimeOffset>().ToList();
        var warmupEnd = finishedAt.DefaultIfEmpty(warmupDue).Max();
        var when = finishedAt.Count < options.WarmupSchedules
            ? "(not all before the measured burst)"
            : FormattableString.Invariant($"{(warmupEnd - warmupDue).TotalSeconds:0.0} s after their due time, {(due - warmupEnd).TotalSeconds:0.0} s before the measured burst");
        Console.WriteLine($"  warm-up burst       {finishedAt.Count}/{options.WarmupSchedules} finished {when}");
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  CPU of the burst    host {(hostCpu - atDue.Host).TotalSeconds:0.0} s = {(hostCpu - atDue.Host).TotalMilliseconds / Math.Max(1, figures.Executions):0} ms per execution; SMTP server {(smtpCpu - atDue.Smtp).TotalSeconds:0.0} s = {(smtpCpu - atDue.Smtp).TotalMilliseconds / Math.Max(1, figures.EmailsSent):0.0} ms per email (user + system)"));
    Console.WriteLine("  host CPU by thread  " + string.Join("\n                      ", hostThreads.Since(atDue.HostThreads)));
    var files = Directory.GetFiles(mail, "*.eml").Length;
    Console.WriteLine($"  .eml files received  {files}");
    host.Dispose(); // the ceiling is measured with the server to itself
    var (ceiling, connections) = await SmtpCeiling.MeasureAsync(mail, smtpPort, connections: 4);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  SMTP ceiling        {ceiling:0.0} emails/s (raw MailKit, the same {files} messages, {connections} connection(s)); pipeline at {figures.EmailsPerSecond / ceiling:P0} of it"));
    Console.WriteLine($"  load average        {LoadAverage()} (at the end; 2-core machine shared with other work)");
    return 0;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { Directory.Delete(work, recursive: true); } catch (IOException) { }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> failure)
{
    var deadline = DateTime.UtcNow + timeout;
    while (!await condition())
    {
        if (DateTime.UtcNow > deadline)
        {
            throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {failure()}");
        }

        await Task.Delay(500);
    }
}
