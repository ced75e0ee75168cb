using System.Text;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Deliveries;

/// <summary>The delivery runner against the real host, store and a real SMTP server.</summary>
public sealed class DeliveryRunnerTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("tutor,hours\r\nAna,12.5\r\nBo,8\r\n");
    private static readonly byte[] Pdf = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7 % 256)).ToArray();

    private IDeliveryRunner Runner => host.Get<IDeliveryRunner>();

    [Fact]
    public async Task Every_subscribed_recipient_gets_exactly_one_complete_email_and_the_unsubscribed_one_is_skipped()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var bo = scenario.Address("bo");
        var gone = scenario.Address("gone");
        scenario.WithRecipient(ana, "Ana Lopez").WithRecipient(bo).WithRecipient(gone, "Gone", subscribed: false)
            .WithFile("tutors.csv", "text/csv", Csv).WithFile("tutors.pdf", "application/pdf", Pdf);
        var report = await scenario.CreateAsync();
        var changes = new List<Guid>();
        using var watching = new CancellationTokenSource();
        var watch = Task.Run(async () =>
        {
            try
            {
                await foreach (var id in host.Get<IExecutionEvents>().WatchAsync(scenario.ExecutionId, watching.Token))
                {
                    lock (changes) { changes.Add(id); }
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        await Task.Delay(100);

        var outcome = await Runner.DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(2, 0, 1), outcome);
        var messages = host.Smtp.MessagesOf(scenario.ExecutionId);
        Assert.Equal(2, messages.Count);
        Assert.Single(messages, m => m.Header("To")!.Contains(ana));
        Assert.Single(messages, m => m.Header("To")!.Contains(bo));
        Assert.DoesNotContain(messages, m => m.Header("To")!.Contains(gone));

        var toAna = messages.Single(m => m.Header("To")!.Contains(ana));
        Assert.Equal($"{report.Run.ScheduleName} — Week 47, 2026 (2026-11-23)", toAna.Header("Subject"));
        Assert.Contains("reports@example.test", toAna.Header("From"));
        var html = toAna.Find("text/html")!.Text;
        var text = toAna.Find("text/plain")!.Text;
        Assert.Contains("Hello Ana Lopez,", html);
        Assert.Contains("Hello Ana Lopez,", text);
        Assert.Contains("1,204", html);
        Assert.Contains("* Sessions: 1,204 (vs 1,150 last week)", text);
        Assert.Contains("Ana &lt;Lopez&gt;", html); // preview cells are encoded
        Assert.Matches(@"Numbers for last week\.\s*<br\s*/?>\s*Call me with questions\.", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("tutors.csv", text);
        Assert.Contains("attached", text);

        var token = scenario.Recipients[ana].UnsubscribeToken;
        var unsubscribeUrl = $"https://reports.example.test/unsubscribe/{token}";
        Assert.Equal($"<{unsubscribeUrl}>", toAna.Header("List-Unsubscribe"));
        Assert.Equal("List-Unsubscribe=One-Click", toAna.Header("List-Unsubscribe-Post"));
        // The email's own link opens the web app's page; the header's the server-rendered one (one-click, no JavaScript).
        var appUrl = $"https://reports.example.test/email/unsubscribe/{token}";
        Assert.Contains($"href=\"{appUrl}\"", html);
        Assert.Contains(appUrl, text);
        Assert.Equal(scenario.ExecutionId.ToString(), toAna.Header("X-ReportGraph-Execution"));

        var attachments = toAna.Attachments;
        Assert.Equal(["tutors.csv", "tutors.pdf"], attachments.Select(a => a.FileName!).Order().ToArray());
        Assert.Equal(Csv, attachments.Single(a => a.FileName == "tutors.csv").Body);
        Assert.Equal(Pdf, attachments.Single(a => a.FileName == "tutors.pdf").Body);
        Assert.Equal("application/pdf", attachments.Single(a => a.FileName == "tutors.pdf").MediaType);

        var deliveries = await scenario.DeliveriesAsync();
        var anaRow = deliveries.Single(d => d.Email == ana);
        Assert.Equal(DeliveryStatus.Sent, anaRow.Status);
        Assert.Equal(1, anaRow.Attempts);
        Assert.NotNull(anaRow.SentAt);
        Assert.Equal(anaRow.MessageId, toAna.Header("Message-ID"));
        Assert.Equal(scenario.Recipients[ana].Id, anaRow.RecipientId);
        var goneRow = deliveries.Single(d => d.Email == gone);
        Assert.Equal(DeliveryStatus.Skipped, goneRow.Status);
        Assert.Equal(0, goneRow.Attempts);

        await Task.Delay(200);
        await watching.CancelAsync();
        await watch;
        lock (changes)
        {
            Assert.True(changes.Count >= 1, "delivery changes are announced to executionProgress listeners");
        }
    }

    [Fact]
    public async Task A_550_reply_fails_that_delivery_at_once_with_the_reply_and_the_others_are_sent()
    {
        var scenario = new DeliveryScenario(host);
        var bad = scenario.Address("bad");
        var good = scenario.Address("good");
        host.Smtp.Reject(bad, "550 5.1.1 mailbox unavailable");
        scenario.WithRecipient(bad).WithRecipient(good).WithFile("a.csv", "text/csv", Csv);

        var outcome = await Runner.DeliverAsync(await scenario.CreateAsync(), null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(1, 1, 0), outcome);
        var failed = await scenario.DeliveryAsync(bad);
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("550", failed.LastReply);
        Assert.Contains("mailbox unavailable", failed.LastReply);
        Assert.Equal(DeliveryStatus.Sent, (await scenario.DeliveryAsync(good)).Status);
        Assert.Single(host.Smtp.MessagesOf(scenario.ExecutionId));
    }

    [Fact]
    public async Task A_451_reply_twice_then_acceptance_is_sent_on_the_third_attempt()
    {
        var scenario = new DeliveryScenario(host);
        var slow = scenario.Address("slow");
        host.Smtp.Defer(slow, "451 4.3.0 try later", 2);
        scenario.WithRecipient(slow);

        var outcome = await Runner.DeliverAsync(await scenario.CreateAsync(), null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(1, 0, 0), outcome);
        var row = await scenario.DeliveryAsync(slow);
        Assert.Equal(DeliveryStatus.Sent, row.Status);
        Assert.Equal(3, row.Attempts);
        Assert.Single(host.Smtp.MessagesOf(scenario.ExecutionId));
    }

    [Fact]
    public async Task Delivering_again_after_success_sends_nothing_more()
    {
        var scenario = new DeliveryScenario(host);
        scenario.WithRecipient(scenario.Address("once")).WithRecipient(scenario.Address("twice"));
        var report = await scenario.CreateAsync();

        var first = await Runner.DeliverAsync(report, null, CancellationToken.None);
        var second = await Runner.DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(2, 0, 0), first);
        Assert.Equal(first, second);
        Assert.Equal(2, host.Smtp.MessagesOf(scenario.ExecutionId).Count);
        Assert.All(await scenario.DeliveriesAsync(), d => Assert.Equal(1, d.Attempts));
    }

    [Fact]
    public async Task A_recipient_who_unsubscribes_between_a_crash_and_the_resumed_delivery_is_skipped()
    {
        var scenario = new DeliveryScenario(host);
        var stays = scenario.Address("stays");
        var leaves = scenario.Address("leaves");
        scenario.WithRecipient(stays).WithRecipient(leaves);
        var report = await scenario.CreateAsync();
        // The state a crash right after creating the delivery rows leaves behind: both Pending, nothing sent.
        await using (var db = await host.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<ReportGraph.Host.Data.ReportGraphDbContext>>().CreateDbContextAsync())
        {
            foreach (var email in new[] { stays, leaves })
            {
                db.Deliveries.Add(new ReportGraph.Host.Deliveries.Delivery
                {
                    ExecutionId = scenario.ExecutionId,
                    RecipientId = scenario.Recipients[email].Id,
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    Status = DeliveryStatus.Pending,
                    MessageId = $"<{Guid.NewGuid():N}@reports.example.test>",
                    UpdatedAt = DateTimeOffset.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        }

        var response = await host.App.CreateClient().PostAsync($"/unsubscribe/{scenario.Recipients[leaves].UnsubscribeToken}", new StringContent(""));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var outcome = await Runner.DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(1, 0, 1), outcome);
        var message = Assert.Single(host.Smtp.MessagesOf(scenario.ExecutionId));
        Assert.Contains(stays, message.Header("To"));
        Assert.Equal(DeliveryStatus.Skipped, (await scenario.DeliveryAsync(leaves)).Status);
    }

    [Fact]
    public async Task Two_runners_delivering_the_same_execution_at_once_send_each_email_once()
    {
        var scenario = new DeliveryScenario(host);
        for (var i = 0; i < 6; i++)
        {
            scenario.WithRecipient(scenario.Address("r" + i));
        }

        var report = await scenario.CreateAsync();

        var outcomes = await Task.WhenAll(
            Task.Run(() => Runner.DeliverAsync(report, null, CancellationToken.None)),
            Task.Run(() => Runner.DeliverAsync(report, null, CancellationToken.None)));

        Assert.All(outcomes, o => Assert.Equal(new DeliveryOutcome(6, 0, 0), o));
        var messages = host.Smtp.MessagesOf(scenario.ExecutionId);
        Assert.Equal(6, messages.Count);
        Assert.Equal(6, messages.Select(m => m.Header("To")).Distinct().Count());
        Assert.All(await scenario.DeliveriesAsync(), d => Assert.Equal(1, d.Attempts));
    }

    [Fact]
    public async Task An_attempt_left_in_flight_by_a_dead_node_is_retried_once_its_mark_expires()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).CreateAsync();
        var messageId = $"<{Guid.NewGuid():N}@reports.example.test>";
        await using (var db = await host.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<ReportGraph.Host.Data.ReportGraphDbContext>>().CreateDbContextAsync())
        {
            db.Deliveries.Add(new ReportGraph.Host.Deliveries.Delivery
            {
                ExecutionId = scenario.ExecutionId,
                RecipientId = scenario.Recipients[ana].Id,
                Email = ana,
                NormalizedEmail = ana.ToUpperInvariant(),
                Status = DeliveryStatus.Pending,
                Attempts = 1,
                NextAttemptAt = DateTimeOffset.UtcNow.AddSeconds(1), // the dead node's in-flight mark
                MessageId = messageId,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var outcome = await Runner.DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(1, 0, 0), outcome);
        var row = await scenario.DeliveryAsync(ana);
        Assert.Equal(2, row.Attempts);
        Assert.Equal(messageId, Assert.Single(host.Smtp.MessagesOf(scenario.ExecutionId)).Header("Message-ID"));
    }

    [Fact]
    public async Task A_test_run_goes_to_the_caller_only_marked_as_a_test()
    {
        var scenario = new DeliveryScenario(host) { Trigger = ExecutionTrigger.Test };
        var caller = scenario.Address("caller");
        scenario.WithRecipient(scenario.Address("recipient"));

        var outcome = await Runner.DeliverAsync(await scenario.CreateAsync(), caller, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(1, 0, 0), outcome);
        var message = Assert.Single(host.Smtp.MessagesOf(scenario.ExecutionId));
        Assert.Contains(caller, message.Header("To"));
        Assert.StartsWith("[Test] ", message.Header("Subject"));
        Assert.Null((await scenario.DeliveryAsync(caller)).RecipientId);
    }

    [Fact]
    public async Task A_test_run_without_an_address_is_refused()
    {
        var scenario = new DeliveryScenario(host) { Trigger = ExecutionTrigger.Test };
        var report = await scenario.CreateAsync();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Runner.DeliverAsync(report, null, CancellationToken.None));
        Assert.Equal("testAddress", error.ParamName);
    }

    [Fact]
    public async Task When_the_server_is_down_for_a_while_the_email_is_retried_and_delivered_once_it_is_back()
    {
        var scenario = new DeliveryScenario(host);
        var patient = scenario.Address("patient");
        scenario.WithRecipient(patient);
        var report = await scenario.CreateAsync();
        var port = SmtpTestServer.FreePort();
        var save = await host.Get<SmtpSettingsService>().SaveAsync(scenario.OwnerId, new SaveSmtpSettingsInput
        {
            Host = "127.0.0.1",
            Port = port,
            Security = SmtpSecurity.None,
            FromAddress = "owner@example.test",
        }, CancellationToken.None);
        Assert.Empty(save.Problems);

        var delivering = Runner.DeliverAsync(report, null, CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await scenario.DeliveriesAsync()).SingleOrDefault() is not { Attempts: >= 2 } && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var waiting = await scenario.DeliveryAsync(patient);
        Assert.Equal(DeliveryStatus.Pending, waiting.Status);
        Assert.True(waiting.Attempts >= 2);
        Assert.Contains("127.0.0.1:" + port, waiting.LastReply);

        await using var late = await SmtpTestServer.StartAsync(host.Folder.Combine("late-" + scenario.Unique), port);
        var outcome = await delivering;

        Assert.Equal(new DeliveryOutcome(1, 0, 0), outcome);
        var message = Assert.Single(late.MessagesOf(scenario.ExecutionId));
        Assert.Contains("owner@example.test", message.Header("From"));
        var sent = await scenario.DeliveryAsync(patient);
        Assert.Equal(DeliveryStatus.Sent, sent.Status);
        Assert.True(sent.Attempts >= 3);
        Assert.Equal(sent.MessageId, message.Header("Message-ID"));
    }

    [Fact]
    public async Task A_file_over_the_limit_becomes_a_signed_link_that_downloads_the_same_bytes()
    {
        var big = new byte[12 * 1024 * 1024];
        new Random(7).NextBytes(big);
        var scenario = new DeliveryScenario(host);
        var reader = scenario.Address("reader");
        scenario.WithRecipient(reader).WithFile("small.csv", "text/csv", Csv).WithFile("big.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", big);

        await Runner.DeliverAsync(await scenario.CreateAsync(), null, CancellationToken.None);

        var message = Assert.Single(host.Smtp.MessagesOf(scenario.ExecutionId));
        Assert.Equal(["small.csv"], message.Attachments.Select(a => a.FileName!).ToArray());
        var text = message.Find("text/plain")!.Text;
        Assert.Contains("big.xlsx (12 MB) — too large to attach — download (link valid until ", text);
        var link = text.Split('\n').Single(l => l.Contains("big.xlsx")).Split(": ").Last().Trim();
        // The email links to the app's download page; the same link without /email downloads directly.
        Assert.StartsWith("https://reports.example.test/email/files/", link);
        Assert.Contains(new Uri(link).AbsoluteUri, message.Find("text/html")!.Text);

        var client = host.App.CreateClient();
        var response = await client.GetAsync(new Uri(link).PathAndQuery.Replace("/email/files/", "/files/", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("big.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(big, await response.Content.ReadAsByteArrayAsync());
    }
}
