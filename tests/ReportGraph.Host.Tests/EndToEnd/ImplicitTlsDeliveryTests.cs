using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// Delivery to a server that speaks TLS from the first byte (SMTPS, port 465 in real life), which SmtpClient cannot
/// do. The host runs as a process that trusts the test server's self-signed certificate (SSL_CERT_FILE), as a
/// machine trusts a real server's certificate, so the handshake is checked for real.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ImplicitTlsDeliveryTests(TestPlugins plugins)
{
    [Fact]
    public async Task Every_recipient_gets_the_email_with_its_files_over_implicit_tls_with_authentication()
    {
        using var folder = new TempFolder("rg-e2e-smtps");
        var data = folder.Combine("data");
        await using var smtps = await SmtpTestServer.StartAsync(folder.Combine("smtp"), auth: "accept", selfSignedTls: true, implicitTls: true);
        var unique = Guid.NewGuid().ToString("N")[..6];
        string[] recipients = [$"a-{unique}@example.test", $"b-{unique}@example.test"];
        var executionId = await HostProcess.QueueRunAsync(data, plugins.CatalogPath, recipients, TestPlugins.RowsKey, new { rows = 7 });

        await using var host = await HostProcess.StartAsync(data, plugins.CatalogPath, smtps.Port, new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "false",
            ["Delivery:Smtp:Host"] = "localhost", // the certificate's name
            ["Delivery:Smtp:Security"] = "ImplicitTls",
            ["Delivery:Smtp:UserName"] = "reports",
            ["Delivery:Smtp:Password"] = "secret",
        }, new Dictionary<string, string> { ["SSL_CERT_FILE"] = smtps.CertificatePath! });

        var finished = await Eventually.GetAsync(async () =>
            {
                await using var db = HostProcess.OpenStore(data);
                var e = (await db.Executions.AsNoTracking().Where(x => x.Id == executionId).WithDeliveriesAsync(db)).Single();
                return EndToEndHost.IsFinal(e.Status) ? e : null;
            }, TimeSpan.FromSeconds(60), "the execution to finish", () => Task.FromResult(host.Tail()));

        Assert.Equal(ExecutionStatus.Succeeded, finished.Status);
        Assert.All(finished.Deliveries, d =>
        {
            Assert.Equal(DeliveryStatus.Sent, d.Status);
            Assert.StartsWith("250", d.LastReply);
        });
        var messages = Directory.GetFiles(smtps.MailDirectory, "*.eml").Select(f => MimeMessage.Parse(File.ReadAllBytes(f))).ToList();
        foreach (var address in recipients)
        {
            var message = Assert.Single(messages, m => m.Header("To")!.Contains(address, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(executionId.ToString(), message.Header("X-ReportGraph-Execution"));
            Assert.Null(message.Header("X-Sender")); // the composing step's envelope lines are not part of the message
            var csv = Assert.Single(message.Attachments);
            Assert.Equal(8, System.Text.Encoding.UTF8.GetString(csv.Body).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }
}
