using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Data;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Deliveries.Webhooks;

/// <summary>Webhooks through the API, on a host that (as in production) refuses private webhook hosts.</summary>
public sealed class WebhookApiTests : IDisposable
{
    private const string Secret = "whsec-api-secret-0123456789";
    // 203.0.113.0/24 (TEST-NET-3) is not private, so no DNS is needed to accept it.
    private const string SlackUrl = "https://203.0.113.10/services/T000/B000/slack-token-XYZ";
    private const string JsonUrl = "https://203.0.113.11/reportgraph/hook";

    private const string CreateDocument = """
        mutation Create($input: CreateScheduleInput!) {
          createSchedule(input: $input) {
            schedule { id webhooks { id kind name host hasSecret addedAt } }
            errors { code message path }
          }
        }
        """;

    private readonly ApiHost _host = new(new Dictionary<string, string?> { ["Delivery:AllowPrivateWebhookHosts"] = "false" });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_schedule_is_created_with_webhooks_shown_without_secret_or_url_and_they_can_be_added_and_removed()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var created = await client.PostAsync(CreateDocument, new
        {
            input = Input(new { kind = "SLACK", name = "#finance", url = SlackUrl }, new { kind = "JSON", name = "ERP", url = JsonUrl, secret = Secret }),
        });

        var text = created.GetRawText();
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("slack-token-XYZ", text, StringComparison.Ordinal);
        var payload = created.GetProperty("data").GetProperty("createSchedule");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var webhooks = payload.GetProperty("schedule").GetProperty("webhooks").EnumerateArray().ToList();
        Assert.Equal([("SLACK", "#finance", "203.0.113.10", false), ("JSON", "ERP", "203.0.113.11", true)],
            webhooks.Select(w => (w.GetProperty("kind").GetString(), w.GetProperty("name").GetString(), w.GetProperty("host").GetString(), w.GetProperty("hasSecret").GetBoolean())));

        // The secret is stored encrypted, not as given.
        await using (var db = await _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>().CreateDbContextAsync())
        {
            var stored = await db.ScheduleWebhooks.AsNoTracking().SingleAsync(w => w.Kind == WebhookKind.Json);
            Assert.NotNull(stored.EncryptedSecret);
            Assert.DoesNotContain(Secret, stored.EncryptedSecret, StringComparison.Ordinal);
        }

        // Asking for a secret or url field is not possible at all: the schema has none.
        var probe = await client.PostAsync("query($id: ID!) { schedule(id: $id) { webhooks { secret url } } }", new { id = payload.GetProperty("schedule").GetProperty("id").GetString() });
        Assert.NotEqual(JsonValueKind.Undefined, probe.GetProperty("errors").ValueKind);

        var scheduleId = payload.GetProperty("schedule").GetProperty("id").GetString();
        var added = (await client.DataAsync("""
            mutation($input: AddWebhooksInput!) { addWebhooks(input: $input) { schedule { webhooks { id name } } errors { code path message } } }
            """, new { input = new { scheduleId, webhooks = new[] { new { kind = "TEAMS", name = "Finance team", url = "https://203.0.113.12/webhook" } } } })).GetProperty("addWebhooks");
        Assert.Equal(0, added.GetProperty("errors").GetArrayLength());
        var all = added.GetProperty("schedule").GetProperty("webhooks").EnumerateArray().ToList();
        Assert.Equal(3, all.Count);

        var removed = (await client.DataAsync("""
            mutation($input: RemoveWebhookInput!) { removeWebhook(input: $input) { schedule { webhooks { name } } errors { code } } }
            """, new { input = new { webhookId = all[0].GetProperty("id").GetString() } })).GetProperty("removeWebhook");
        Assert.Equal(["ERP", "Finance team"], removed.GetProperty("schedule").GetProperty("webhooks").EnumerateArray().Select(w => w.GetProperty("name").GetString()).Order(StringComparer.Ordinal));

        // Another member cannot remove (or even find) it.
        var (other, _) = await _host.MemberAsync("eve@example.org");
        var refused = await other.PostAsync("""
            mutation($input: RemoveWebhookInput!) { removeWebhook(input: $input) { errors { code } } }
            """, new { input = new { webhookId = all[1].GetProperty("id").GetString() } });
        Assert.Equal("NOT_FOUND", ApiClient.FirstErrorCode(refused));
    }

    [Fact]
    public async Task Bad_webhooks_are_refused_at_save_each_with_its_field_path_and_private_hosts_are_not_allowed()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var payload = (await client.DataAsync(CreateDocument, new
        {
            input = Input(
                new { kind = "SLACK", name = "local", url = "http://127.0.0.1:9000/hook" },
                new { kind = "SLACK", name = "intranet", url = "https://10.1.2.3/hook" },
                new { kind = "JSON", name = "no secret", url = JsonUrl },
                new { kind = "TEAMS", name = "signed teams", url = "https://203.0.113.12/teams", secret = Secret },
                new { kind = "SLACK", name = "plain http", url = "http://203.0.113.13/hook" },
                new { kind = "SLACK", name = "", url = "ftp://203.0.113.14/hook" },
                new { kind = "JSON", name = "short", url = "https://203.0.113.15/hook", secret = "short" }),
        })).GetProperty("createSchedule");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("schedule").ValueKind);
        var errors = payload.GetProperty("errors").EnumerateArray()
            .Select(e => (Path: string.Join(".", e.GetProperty("path").EnumerateArray().Select(p => p.ToString())), Code: e.GetProperty("code").GetString(), Message: e.GetProperty("message").GetString()!))
            .ToList();
        Assert.Contains(errors, e => e.Path == "webhooks.0.url" && e.Code == "NOT_ALLOWED" && e.Message.Contains("127.0.0.1") && e.Message.Contains("Delivery:AllowPrivateWebhookHosts"));
        Assert.Contains(errors, e => e.Path == "webhooks.1.url" && e.Code == "NOT_ALLOWED" && e.Message.Contains("10.1.2.3"));
        Assert.Contains(errors, e => e.Path == "webhooks.2.secret" && e.Code == "REQUIRED");
        Assert.Contains(errors, e => e.Path == "webhooks.3.secret" && e.Code == "NOT_ALLOWED");
        Assert.Contains(errors, e => e.Path == "webhooks.4.url" && e.Code == "NOT_ALLOWED" && e.Message.Contains("https"));
        Assert.Contains(errors, e => e.Path == "webhooks.5.name" && e.Code == "REQUIRED");
        Assert.Contains(errors, e => e.Path == "webhooks.5.url" && e.Code == "INVALID");
        Assert.Contains(errors, e => e.Path == "webhooks.6.secret" && e.Code == "OUT_OF_RANGE");
        Assert.Equal(8, errors.Count);
        Assert.DoesNotContain(errors, e => e.Message.Contains(Secret, StringComparison.Ordinal));

        var list = await client.DataAsync("{ schedules { nodes { id } } }");
        Assert.Equal(0, list.GetProperty("schedules").GetProperty("nodes").GetArrayLength());
    }

    private static Dictionary<string, object?> Input(params object[] webhooks)
    {
        var input = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(Documents.TutorWeekly("With webhooks")))!;
        input["webhooks"] = webhooks;
        return input;
    }
}
