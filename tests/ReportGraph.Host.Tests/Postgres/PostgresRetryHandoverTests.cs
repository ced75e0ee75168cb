using Microsoft.EntityFrameworkCore;
using Npgsql;
using ReportGraph.Abstractions;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Postgres;

/// <summary>
/// Emails waiting for a retry live in the store (<c>Storage:Artifacts=Database</c>, the default on PostgreSQL), so
/// when the node that composed them is gone for good another node, with a data folder of its own, sends them.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRetryHandoverTests(PostgresServer server) : IAsyncLifetime
{
    private const string TryLater = "451 4.3.0 try later";
    private readonly TempFolder _folder = new("rg-pg-handover");
    private SmtpTestServer _smtp = null!;
    private string _database = "";

    public async Task InitializeAsync()
    {
        _database = await server.CreateDatabaseAsync("handover");
        _smtp = await SmtpTestServer.StartAsync(_folder.Combine("smtp"));
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task An_email_deferred_on_a_node_that_is_then_stopped_is_sent_once_with_its_attachments_by_another_node()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var (ana, bo) = ($"ana-{unique}@example.test", $"bo-{unique}@example.test");
        _smtp.Defer(ana, TryLater, times: 1);
        _smtp.Defer(bo, TryLater, times: 1000);

        Guid executionId;
        string[] attachments;
        var a = Node("node-a");
        try
        {
            var owner = await a.CreateOwnerAsync();
            var schedule = await a.CreateScheduleAsync(owner, "payer-drift", new RecurrenceInput(RecurrenceKind.Daily, TimeOfDay: new TimeOnly(06, 00)),
                [ana, bo], formats: [ReportFormat.Csv, ReportFormat.Xlsx]);
            executionId = (await a.Get<ExecutionQueue>().EnqueueManualAsync(schedule.Id, ExecutionTrigger.Manual, owner.UserId, CancellationToken.None)).Id;
            // One attempt while the run lasts (Delivery:MaxAttempts=1), then both wait for a retry.
            var delivering = await Eventually.GetAsync(async () => await a.ExecutionAsync(executionId) is { Status: ExecutionStatus.Delivering } e ? e : null,
                TimeSpan.FromSeconds(90), "the execution to wait for its retries", a.DiagnosticsAsync);
            Assert.All(delivering.Deliveries, d => Assert.Equal((DeliveryStatus.Pending, 1), (d.Status, d.Attempts)));
            attachments = delivering.Artifacts.Select(x => x.FileName).Order(StringComparer.Ordinal).ToArray();
            Assert.True(attachments.Length >= 2, "CSV and Excel files");

            // Kept in the store, in chunks; nothing in A's data folder.
            foreach (var d in delivering.Deliveries)
            {
                Assert.True(await ChunksAsync(d.Id) > 0, $"the email to {d.Email} is kept in the store");
            }

            var folder = Path.Combine(a.Get<DataDirectory>().Path, "delivery-retries");
            Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any(), "no email is kept in the node's own folder");
            Assert.Empty(_smtp.MessagesOf(executionId));
        }
        finally
        {
            await a.DisposeAsync(); // node A is gone for good
        }

        // Node B, with a data folder of its own, finds the due retry on its next pass and sends it.
        await using var b = Node("node-b", retryPoll: "00:00:01");
        var sent = await Eventually.GetAsync(async () => (await b.ExecutionAsync(executionId))!.Deliveries.SingleOrDefault(d => d.Email == ana && d.Status == DeliveryStatus.Sent),
            TimeSpan.FromSeconds(60), "node B to send the kept email", b.DiagnosticsAsync);
        Assert.Equal(2, sent.Attempts); // one on A, one on B
        var message = Assert.Single(_smtp.MessagesOf(executionId));
        Assert.Contains(ana, message.Header("To"), StringComparison.Ordinal);
        Assert.Equal(sent.MessageId, message.Header("Message-ID"));
        Assert.Equal(attachments, message.Attachments.Select(x => x.FileName ?? "").Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(0L, await ChunksAsync(sent.Id)); // removed once delivered

        // Bo's server never accepts: after Delivery:GiveUpAfter B gives up, and the kept email goes as well.
        await using (var db = await b.Db())
        {
            await db.Deliveries.Where(d => d.ExecutionId == executionId && d.Status == DeliveryStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.RetryUntil, DateTimeOffset.UtcNow.AddSeconds(-1)));
        }

        var execution = await b.FinishedAsync(executionId); // Bo given up: the last delivery settled
        var failed = Assert.Single(execution.Deliveries, d => d.Email == bo);
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.StartsWith("Gave up after ", failed.LastReply);
        Assert.EndsWith(TryLater, failed.LastReply);
        Assert.Equal(0L, await ChunksAsync(failed.Id));
        Assert.Equal(ExecutionStatus.Partial, execution.Status);
        Assert.Single(_smtp.MessagesOf(executionId)); // still one email: Bo never got one, Ana only once
    }

    [Fact]
    public async Task Kept_emails_of_settled_or_deleted_deliveries_are_swept_from_the_store()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var cy = $"cy-{unique}@example.test";
        _smtp.Defer(cy, TryLater, times: 1000);
        await using var a = Node("node-a");
        var owner = await a.CreateOwnerAsync();
        var schedule = await a.CreateScheduleAsync(owner, "payer-drift", new RecurrenceInput(RecurrenceKind.Daily, TimeOfDay: new TimeOnly(06, 00)), [cy]);
        var executionId = (await a.Get<ExecutionQueue>().EnqueueManualAsync(schedule.Id, ExecutionTrigger.Manual, owner.UserId, CancellationToken.None)).Id;
        var delivering = await Eventually.GetAsync(async () => await a.ExecutionAsync(executionId) is { Status: ExecutionStatus.Delivering } e ? e : null,
            TimeSpan.FromSeconds(90), "the execution to wait for its retry", a.DiagnosticsAsync);
        var delivery = Assert.Single(delivering.Deliveries);
        Assert.True(await ChunksAsync(delivery.Id) > 0);

        // Settled by someone who could not remove the email (e.g. a node that died in between): the sweep does.
        await using (var db = await a.Db())
        {
            await db.Deliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Failed));
        }

        Assert.True(await ChunksAsync(delivery.Id) > 0);
        await a.Get<StoredEmails>().SweepAsync(CancellationToken.None);
        Assert.Equal(0L, await ChunksAsync(delivery.Id));

        // Retention deletes executions with their deliveries; their kept emails go with them (cascade).
        var other = await a.Get<ExecutionQueue>().EnqueueManualAsync(schedule.Id, ExecutionTrigger.Manual, owner.UserId, CancellationToken.None);
        var waiting = await Eventually.GetAsync(async () => await a.ExecutionAsync(other.Id) is { Status: ExecutionStatus.Delivering } e ? e : null,
            TimeSpan.FromSeconds(90), "the second execution to wait for its retry", a.DiagnosticsAsync);
        var kept = Assert.Single(waiting.Deliveries).Id;
        Assert.True(await ChunksAsync(kept) > 0);
        await using (var db = await a.Db())
        {
            await db.Executions.Where(e => e.Id == other.Id).ExecuteDeleteAsync();
        }

        Assert.Equal(0L, await ChunksAsync(kept));
    }

    private EndToEndHost Node(string name, string retryPoll = "01:00:00") =>
        EndToEndHost.Start(_folder.Combine(name), RepositoryPaths.PluginsJson, _smtp.Port, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSQL",
            ["Database:ConnectionString"] = _database,
            ["Executions:NodeId"] = name,
            ["Delivery:MaxAttempts"] = "1",
            ["Delivery:RetryPollInterval"] = retryPoll,
            ["Demo:Enabled"] = "true",
            ["DataSources:demo:Provider"] = "Sqlite",
            ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
        });

    private async Task<long> ChunksAsync(Guid deliveryId)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM delivery_email_chunks WHERE \"DeliveryId\" = @id", connection);
        command.Parameters.AddWithValue("id", deliveryId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
