using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// The host as a separate process, killed without warning in the middle of an execution and started again: the
/// new process takes the execution over when the dead one's lease runs out, finishes it, and sends nobody an email
/// a second time that was recorded as sent before the kill.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class CrashRecoveryTests(TestPlugins plugins)
{
    /// <summary>Short leases so the restarted process takes over within seconds; nothing fires by schedule.</summary>
    private static Dictionary<string, string?> ProcessSettings(string node) => new()
    {
        ["Executions:NodeId"] = node,
        ["Executions:LeaseDuration"] = "00:00:02",
        ["Scheduler:Enabled"] = "false",
    };

    [Fact]
    public async Task Killed_while_sending_the_restarted_host_finishes_the_execution_without_sending_anything_twice()
    {
        using var folder = new TempFolder("rg-e2e-crash");
        var data = folder.Combine("data");
        await using var smtp = await SmtpTestServer.StartAsync(folder.Combine("smtp"));
        var unique = Guid.NewGuid().ToString("N")[..6];
        string[] quick = [$"a-{unique}@example.test", $"b-{unique}@example.test"];
        var stuck = $"c-{unique}@example.test";
        // c's mailbox answers "try later" until the test lets it through: the execution is mid-delivery when killed.
        smtp.Defer(stuck, "451 4.3.0 try later", 1_000_000);
        var executionId = await HostProcess.QueueRunAsync(data, plugins.CatalogPath, [.. quick, stuck], TestPlugins.RowsKey, new { rows = 5 });

        await using (var first = await HostProcess.StartAsync(data, plugins.CatalogPath, smtp.Port, ProcessSettings("node-1")))
        {
            await Eventually.TrueAsync(async () =>
                {
                    var deliveries = await DeliveriesAsync(data, executionId);
                    return deliveries.Count(d => d.Status == DeliveryStatus.Sent) == 2
                        && deliveries.Any(d => d.Email == stuck && d.Status == DeliveryStatus.Pending && d.Attempts >= 2);
                }, TimeSpan.FromSeconds(60), "a and b sent, c retrying", () => Task.FromResult(first.Tail()));

            await first.KillAsync();
        }

        // Dead, not stopped: the execution is still Running under the dead node's lease.
        await using (var db = HostProcess.OpenStore(data))
        {
            var orphan = await db.Executions.AsNoTracking().SingleAsync(e => e.Id == executionId);
            Assert.Equal(ExecutionStatus.Running, orphan.Status);
            Assert.Equal("node-1", orphan.LeaseOwner);
        }

        Assert.All(quick, a => Assert.Equal(1, EmailsTo(smtp, a)));
        smtp.Defer(stuck, "451 4.3.0 try later", 0); // c's mailbox accepts again

        await using var second = await HostProcess.StartAsync(data, plugins.CatalogPath, smtp.Port, ProcessSettings("node-2"));
        var finished = await Eventually.GetAsync(async () =>
            {
                await using var db = HostProcess.OpenStore(data);
                var e = (await db.Executions.AsNoTracking().Where(x => x.Id == executionId).WithDeliveriesAsync(db)).Single();
                return EndToEndHost.IsFinal(e.Status) ? e : null;
            }, TimeSpan.FromSeconds(60), "the restarted host to finish the execution", () => Task.FromResult(second.Tail()));

        Assert.Equal(ExecutionStatus.Succeeded, finished.Status);
        Assert.Equal(2, finished.Attempt); // claimed once by each process
        Assert.Null(finished.LeaseOwner);
        Assert.All(finished.Deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.Equal(5, finished.RowCount);
        // Exactly one email per recipient over both processes.
        Assert.All(quick.Append(stuck), a => Assert.Equal(1, EmailsTo(smtp, a)));
    }

    [Fact]
    public async Task Killed_while_the_plugin_runs_the_restarted_host_runs_it_again_and_finishes()
    {
        using var folder = new TempFolder("rg-e2e-crash");
        var data = folder.Combine("data");
        await using var smtp = await SmtpTestServer.StartAsync(folder.Combine("smtp"));
        var recipient = $"slow-{Guid.NewGuid():N}@example.test";
        var executionId = await HostProcess.QueueRunAsync(data, plugins.CatalogPath, [recipient], TestPlugins.SlowKey, new { seconds = 4, rows = 3 });

        await using (var first = await HostProcess.StartAsync(data, plugins.CatalogPath, smtp.Port, ProcessSettings("node-1")))
        {
            await Eventually.TrueAsync(async () =>
                {
                    await using var db = HostProcess.OpenStore(data);
                    return await db.Executions.AnyAsync(e => e.Id == executionId && e.Status == ExecutionStatus.Running && e.StartedAt != null);
                }, TimeSpan.FromSeconds(60), "the plugin to start", () => Task.FromResult(first.Tail()));
            await Task.Delay(1000);
            await first.KillAsync();
        }

        await using var second = await HostProcess.StartAsync(data, plugins.CatalogPath, smtp.Port, ProcessSettings("node-2"));
        var finished = await Eventually.GetAsync(async () =>
            {
                await using var db = HostProcess.OpenStore(data);
                var e = await db.Executions.AsNoTracking().SingleAsync(x => x.Id == executionId);
                return EndToEndHost.IsFinal(e.Status) ? e : null;
            }, TimeSpan.FromSeconds(60), "the restarted host to finish the execution", () => Task.FromResult(second.Tail()));

        Assert.Equal(ExecutionStatus.Succeeded, finished.Status);
        Assert.Equal(2, finished.Attempt);
        Assert.Equal(3, finished.RowCount);
        Assert.Equal(1, EmailsTo(smtp, recipient));
    }

    private static async Task<List<ReportGraph.Host.Deliveries.Delivery>> DeliveriesAsync(string data, Guid executionId)
    {
        await using var db = HostProcess.OpenStore(data);
        return await db.Deliveries.AsNoTracking().Where(d => d.ExecutionId == executionId).ToListAsync();
    }

    /// <summary>How many .eml files the SMTP server holds for <paramref name="address"/>.</summary>
    private static int EmailsTo(SmtpTestServer smtp, string address) =>
        Directory.GetFiles(smtp.MailDirectory, "*.eml")
            .Count(f => MimeMessage.Parse(File.ReadAllBytes(f)).Header("To")?.Contains(address, StringComparison.OrdinalIgnoreCase) == true);
}
