using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Abstractions;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Tests.Api;

/// <summary>Member A against member B's things, through every field; anonymous access; CSRF; API keys.</summary>
public sealed class AuthorizationTests : IAsyncLifetime
{
    private readonly ApiHost _host = new();
    private ApiClient _a = null!;
    private ApiClient _b = null!;
    private string _bSchedule = "";
    private string _bRecipient = "";
    private string _bExecution = "";
    private Guid _bArtifact;
    private Guid _bDelivery;

    public async Task InitializeAsync()
    {
        (_a, _) = await _host.MemberAsync("a@example.org");
        (_b, _) = await _host.MemberAsync("b@example.org");
        var schedule = (await _b.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly("B's schedule", "b-friend@example.org") }))
            .GetProperty("createSchedule").GetProperty("schedule");
        _bSchedule = schedule.GetProperty("id").GetString()!;
        _bRecipient = schedule.GetProperty("recipients")[0].GetProperty("id").GetString()!;

        // A finished execution with an artifact, written straight into the store.
        var dbs = _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        await using var db = await dbs.CreateDbContextAsync();
        var scheduleId = await db.Schedules.Select(s => s.Id).SingleAsync();
        var execution = new Execution { ScheduleId = scheduleId, Trigger = ExecutionTrigger.Manual, Status = ExecutionStatus.Succeeded, ScheduledFor = DateTimeOffset.UtcNow, CreatedAt = DateTimeOffset.UtcNow };
        var artifact = new Artifact { ExecutionId = execution.Id, Format = ReportFormat.Csv, FileName = "b.csv", ContentType = "text/csv", Sha256 = new string('0', 64), StoragePath = "b.csv", CreatedAt = DateTimeOffset.UtcNow };
        var delivery = new ReportGraph.Host.Deliveries.Delivery
        {
            ExecutionId = execution.Id, Email = "b-friend@example.org", NormalizedEmail = "B-FRIEND@EXAMPLE.ORG",
            Status = ReportGraph.Host.Deliveries.DeliveryStatus.Sent, Attempts = 1, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.Executions.Add(execution);
        db.Artifacts.Add(artifact);
        db.Set<ReportGraph.Host.Deliveries.Delivery>().Add(delivery);
        await db.SaveChangesAsync();
        _bDelivery = delivery.Id;
        await File.WriteAllTextAsync(Path.Combine(_host.DataDirectory, "b.csv"), "secret,data\n");
        _bExecution = Api.GlobalIdOf("Execution", execution.Id);
        _bArtifact = artifact.Id;
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    public static TheoryData<string, string> ForeignFields => new()
    {
        { "schedule", "query($id: ID!) { schedule(id: $id) { name } }" },
        { "updateSchedule", "mutation($id: ID!) { updateSchedule(input: { id: $id, changes: { name: \"mine now\" } }) { schedule { name } } }" },
        { "deleteSchedule", "mutation($id: ID!) { deleteSchedule(input: { id: $id }) { deletedScheduleId } }" },
        { "pauseSchedule", "mutation($id: ID!) { pauseSchedule(input: { id: $id }) { schedule { isActive } } }" },
        { "resumeSchedule", "mutation($id: ID!) { resumeSchedule(input: { id: $id }) { schedule { isActive } } }" },
        { "runScheduleNow", "mutation($id: ID!) { runScheduleNow(input: { id: $id }) { execution { id } } }" },
        { "sendTestReport", "mutation($id: ID!) { sendTestReport(input: { id: $id }) { execution { id } } }" },
        { "addRecipients", "mutation($id: ID!) { addRecipients(input: { scheduleId: $id, recipients: [{ email: \"spy@example.org\" }] }) { errors { code } } }" },
    };

    [Theory]
    [MemberData(nameof(ForeignFields))]
    public async Task A_member_cannot_read_or_change_another_members_schedule_and_it_answers_like_a_missing_one(string field, string document)
    {
        var body = await _a.PostAsync(document, new { id = _bSchedule });

        Assert.Equal("NOT_FOUND", ApiClient.FirstErrorCode(body));
        Assert.Contains(field, body.GetProperty("errors")[0].GetProperty("path")[0].GetString());
        var missing = Guid.NewGuid();
        AssertAnswersLikeMissing(body, Api.GlobalIdOf("Schedule", missing), await _a.PostAsync(document, new { id = Api.GlobalIdOf("Schedule", missing) }));
        var still = (await _b.DataAsync("query($id: ID!) { schedule(id: $id) { name isActive recipients { email } } }", new { id = _bSchedule })).GetProperty("schedule");
        Assert.Equal("B's schedule", still.GetProperty("name").GetString());
        Assert.True(still.GetProperty("isActive").GetBoolean());
        Assert.Single(still.GetProperty("recipients").EnumerateArray());
    }

    [Fact]
    public async Task A_member_cannot_see_another_members_things_through_lists_node_executions_recipients_or_files()
    {
        var lists = await _a.DataAsync("query($s: ID!, $e: ID!, $r: ID!) { schedules { nodes { id } } executions { nodes { id } } node(id: $s) { id } e: node(id: $e) { id } r: node(id: $r) { id } nodes(ids: [$s, $e]) { id } }",
            new { s = _bSchedule, e = _bExecution, r = _bRecipient });
        Assert.Equal(0, lists.GetProperty("schedules").GetProperty("nodes").GetArrayLength());
        Assert.Equal(0, lists.GetProperty("executions").GetProperty("nodes").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, lists.GetProperty("node").ValueKind);
        Assert.Equal(JsonValueKind.Null, lists.GetProperty("e").ValueKind);
        Assert.Equal(JsonValueKind.Null, lists.GetProperty("r").ValueKind);
        Assert.All(lists.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));

        // Another owner's things answer exactly like missing ones: no way to learn that an id exists.
        foreach (var (document, type, id) in new[]
        {
            ("query($id: ID!) { execution(id: $id) { id } }", "Execution", _bExecution),
            ("mutation($id: ID!) { removeRecipient(input: { recipientId: $id }) { schedule { id } } }", "Recipient", _bRecipient),
        })
        {
            var foreign = await _a.PostAsync(document, new { id });
            Assert.Equal("NOT_FOUND", ApiClient.FirstErrorCode(foreign));
            var missing = Api.GlobalIdOf(type, Guid.NewGuid());
            AssertAnswersLikeMissing(foreign, missing, await _a.PostAsync(document, new { id = missing }));
        }

        var foreignFile = await _a.Http.GetAsync($"/artifacts/{_bArtifact}");
        var missingId = Guid.NewGuid();
        var missingFile = await _a.Http.GetAsync($"/artifacts/{missingId}");
        Assert.Equal(HttpStatusCode.NotFound, foreignFile.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingFile.StatusCode);
        Assert.Equal((await missingFile.Content.ReadAsStringAsync()).Replace(missingId.ToString(), "ID", StringComparison.Ordinal),
            (await foreignFile.Content.ReadAsStringAsync()).Replace(_bArtifact.ToString(), "ID", StringComparison.Ordinal));

        // B, the owner, and an admin can.
        Assert.Equal("secret,data\n", await _b.Http.GetStringAsync($"/artifacts/{_bArtifact}"));
        var admin = await _host.AdminAsync();
        var all = await admin.DataAsync("query($e: ID!) { schedules { nodes { id } } execution(id: $e) { id artifacts { fileName } } }", new { e = _bExecution });
        Assert.Single(all.GetProperty("schedules").GetProperty("nodes").EnumerateArray());
        Assert.Equal("b.csv", all.GetProperty("execution").GetProperty("artifacts")[0].GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task A_missing_or_foreign_lookup_is_null_with_NOT_FOUND_and_the_rest_of_the_response_keeps_its_data()
    {
        var body = await _a.PostAsync("query($s: ID!, $e: ID!) { me { email } schedule(id: $s) { name } execution(id: $e) { id } }",
            new { s = _bSchedule, e = _bExecution });

        var data = body.GetProperty("data");
        Assert.Equal("a@example.org", data.GetProperty("me").GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("schedule").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("execution").ValueKind);
        Assert.All(body.GetProperty("errors").EnumerateArray(), e => Assert.Equal("NOT_FOUND", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal(2, body.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Deliveries_and_files_are_nodes_their_owner_can_refetch_and_nobody_else_can_see()
    {
        const string Document = "query($d: ID!, $f: ID!) { d: node(id: $d) { id ... on Delivery { email status } } f: node(id: $f) { id ... on Artifact { fileName } } }";
        var ids = new { d = Api.GlobalIdOf("Delivery", _bDelivery), f = Api.GlobalIdOf("Artifact", _bArtifact) };

        var owner = await _b.DataAsync(Document, ids);
        Assert.Equal(ids.d, owner.GetProperty("d").GetProperty("id").GetString());
        Assert.Equal("b-friend@example.org", owner.GetProperty("d").GetProperty("email").GetString());
        Assert.Equal("SENT", owner.GetProperty("d").GetProperty("status").GetString());
        Assert.Equal("b.csv", owner.GetProperty("f").GetProperty("fileName").GetString());

        var other = await _a.DataAsync(Document, ids);
        Assert.Equal(JsonValueKind.Null, other.GetProperty("d").ValueKind);
        Assert.Equal(JsonValueKind.Null, other.GetProperty("f").ValueKind);
    }

    [Fact]
    public async Task Anonymous_callers_get_UNAUTHENTICATED_except_for_unsubscribe()
    {
        var anonymous = _host.Anonymous();
        foreach (var document in new[] { "{ schedules { nodes { id } } }", "{ executions { nodes { id } } }", "{ reportTypes { key } }", "{ smtpSettings { host } }", "{ mySubscriptions { email } }" })
        {
            Assert.Equal("UNAUTHENTICATED", ApiClient.FirstErrorCode(await anonymous.PostAsync(document)));
        }

        Assert.Equal("UNAUTHENTICATED", ApiClient.FirstErrorCode(await anonymous.PostAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly() })));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync($"/artifacts/{_bArtifact}")).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await anonymous.DataAsync("{ me { email } }")).GetProperty("me").ValueKind);

        var dbs = _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        await using var db = await dbs.CreateDbContextAsync();
        var token = await db.Recipients.Select(r => r.UnsubscribeToken).SingleAsync();
        var result = (await anonymous.DataAsync("mutation($t: String!) { unsubscribe(input: { token: $t }) { scheduleName email isSubscribed errors { code } } }", new { t = token })).GetProperty("unsubscribe");
        Assert.False(result.GetProperty("isSubscribed").GetBoolean());
        Assert.Equal("B's schedule", result.GetProperty("scheduleName").GetString());
        // The address is masked like on the HTML page: the token travels in forwarded emails.
        Assert.Equal("b*******@example.org", result.GetProperty("email").GetString());
        var again = (await anonymous.DataAsync("mutation($t: String!) { resubscribe(input: { token: $t }) { email isSubscribed } }", new { t = token })).GetProperty("resubscribe");
        Assert.True(again.GetProperty("isSubscribed").GetBoolean());
        Assert.Equal("b*******@example.org", again.GetProperty("email").GetString());
        Assert.DoesNotContain("b-friend", again.ToString());
        var bad = (await anonymous.DataAsync("mutation { unsubscribe(input: { token: \"nope-nope-nope-nope-nope\" }) { errors { code path } } }")).GetProperty("unsubscribe");
        Assert.Equal("NOT_FOUND", bad.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Mutations_from_forms_or_simple_requests_are_refused_even_with_a_session(string contentType)
    {
        var body = new StringContent(JsonSerializer.Serialize(new { query = "mutation($id: ID!) { deleteSchedule(input: { id: $id }) { deletedScheduleId } }", variables = new { id = _bSchedule } }), Encoding.UTF8);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var response = await _b.Http.PostAsync("/graphql", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Single((await _b.DataAsync("{ schedules { nodes { id } } }")).GetProperty("schedules").GetProperty("nodes").EnumerateArray());
    }

    [Fact]
    public async Task Mutations_over_GET_are_refused_and_the_session_cookie_is_HttpOnly_and_SameSite_strict()
    {
        var response = await _b.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { signOut { errors { code } } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);

        var fresh = _host.Anonymous();
        var signIn = await fresh.Http.PostAsync("/graphql", ApiClient.Json(new
        {
            query = "mutation($i: SignInInput!) { signIn(input: $i) { user { email } } }",
            variables = new { i = new { email = "a@example.org", password = ApiHost.MemberPassword } },
        }));
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_signs_nobody_in()
    {
        var client = _host.Anonymous();
        var result = (await client.DataAsync("mutation { signIn(input: { email: \"a@example.org\", password: \"wrong-password\" }) { user { email } errors { code path } } }")).GetProperty("signIn");
        Assert.Equal("INVALID_CREDENTIALS", result.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, (await client.DataAsync("{ me { email } }")).GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task An_API_key_authenticates_a_program_until_it_is_revoked()
    {
        var created = (await _a.DataAsync("mutation { createApiKey(input: { name: \"export job\" }) { apiKey { id prefix } secret } }")).GetProperty("createApiKey");
        var secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith(created.GetProperty("apiKey").GetProperty("prefix").GetString()!, secret);

        var program = _host.Anonymous();
        program.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal("a@example.org", (await program.DataAsync("{ me { email } }")).GetProperty("me").GetProperty("email").GetString());
        var keys = (await _a.DataAsync("{ me { apiKeys { name revokedAt } } }")).GetProperty("me").GetProperty("apiKeys");
        Assert.Equal("export job", keys[0].GetProperty("name").GetString());
        Assert.DoesNotContain(secret, keys.ToString());

        // B cannot revoke A's key, and learns no more than for a key that does not exist.
        const string revoke = "mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id } } }";
        var foreignKey = await _b.PostAsync(revoke, new { id = created.GetProperty("apiKey").GetProperty("id").GetString() });
        Assert.Equal("NOT_FOUND", ApiClient.FirstErrorCode(foreignKey));
        var missingKey = Api.GlobalIdOf("ApiKey", Guid.NewGuid());
        AssertAnswersLikeMissing(foreignKey, missingKey, await _b.PostAsync(revoke, new { id = missingKey }));
        await _a.DataAsync("mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } } }", new { id = created.GetProperty("apiKey").GetProperty("id").GetString() });

        var after = await program.Http.PostAsync("/graphql", ApiClient.Json(new { query = "{ me { email } }" }));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    /// <summary>The error for another owner's id equals the one for a missing id of the same type, ids aside.</summary>
    private static void AssertAnswersLikeMissing(JsonElement foreign, string missingId, JsonElement missing)
    {
        static string Shape(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
            + " " + body.GetProperty("errors")[0].GetProperty("message").GetString();
        var foreignText = Shape(foreign);
        var missingText = Shape(missing).Replace(missingId, "ID", StringComparison.Ordinal);
        Assert.DoesNotContain("own", foreignText, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("^NOT_FOUND .* does not exist\\.$", foreignText);
        Assert.Equal(missingText.Replace(ExtractQuoted(missingText), "ID", StringComparison.Ordinal), foreignText.Replace(ExtractQuoted(foreignText), "ID", StringComparison.Ordinal));
    }

    private static string ExtractQuoted(string text)
    {
        var start = text.IndexOf('\'', StringComparison.Ordinal);
        var end = text.IndexOf('\'', start + 1);
        return start < 0 || end < 0 ? "" : text[(start + 1)..end];
    }
}
