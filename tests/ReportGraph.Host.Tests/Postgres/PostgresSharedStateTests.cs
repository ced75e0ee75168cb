using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ReportGraph.Abstractions;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.Api;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Postgres;

/// <summary>
/// Two real hosts on one PostgreSQL database, each with its own data folder (as two machines have): what one node
/// creates — a session, a saved SMTP password, an artifact and its signed link — works through the other, because
/// the Data Protection key ring and the artifact files live in the store.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSharedStateTests(PostgresServer server) : IAsyncLifetime
{
    private const string AdminEmail = "root@example.org";
    private const string AdminPassword = "correct horse battery staple";
    private readonly TempFolder _folder = new("rg-pg-shared");
    private SmtpTestServer _smtp = null!;
    private string _database = "";
    private readonly List<EndToEndHost> _nodes = [];

    public async Task InitializeAsync()
    {
        _database = await server.CreateDatabaseAsync("shared_state");
        _smtp = await SmtpTestServer.StartAsync(_folder.Combine("smtp"));
        // One after the other: the first admin is created once, by the first node.
        foreach (var node in new[] { "node-a", "node-b" })
        {
            _nodes.Add(EndToEndHost.Start(_folder.Combine(node), RepositoryPaths.PluginsJson, _smtp.Port, new Dictionary<string, string?>
            {
                ["Database:Provider"] = "PostgreSQL",
                ["Database:ConnectionString"] = _database,
                ["Executions:NodeId"] = node,
                ["Security:Admin:Email"] = AdminEmail,
                ["Security:Admin:Password"] = AdminPassword,
                ["Demo:Enabled"] = "true",
                ["DataSources:demo:Provider"] = "Sqlite",
                ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
            }));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await _smtp.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_nodes_share_one_key_ring_in_the_store_and_none_in_their_folders()
    {
        await using var db = await _nodes[0].Db();
        var keys = await db.Database.SqlQueryRaw<string>("SELECT \"Xml\" AS \"Value\" FROM data_protection_keys").ToListAsync();
        Assert.Single(keys); // both nodes started, one key: the second read the first's
        Assert.All(_nodes, n => Assert.False(Directory.Exists(Path.Combine(n.Get<ReportGraph.Host.Data.DataDirectory>().Path, "keys")) && Directory.EnumerateFiles(Path.Combine(n.Get<ReportGraph.Host.Data.DataDirectory>().Path, "keys")).Any()));

        // Protected on B, readable on A.
        var secret = _nodes[1].Get<IDataProtectionProvider>().CreateProtector("test").Protect("shared");
        Assert.Equal("shared", _nodes[0].Get<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));
    }

    [Fact]
    public async Task A_session_cookie_and_an_API_key_from_one_node_are_recognised_by_the_other_and_a_bad_cookie_by_neither()
    {
        var (a, b) = (_nodes[0], _nodes[1]);
        var signIn = await a.CreateClient().PostAsJsonAsync("/graphql", new
        {
            query = ApiClient.SignInDocument,
            variables = new { i = new { email = AdminEmail, password = AdminPassword } },
        });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        Assert.Equal(AdminEmail, await MeAsync(b, cookie));
        Assert.Equal(AdminEmail, await MeAsync(a, cookie));
        var forged = cookie[..^4] + "AAAA";
        Assert.Null(await MeAsync(b, forged));

        // An API key created through A (signed in with that cookie) authenticates a program on B.
        using var create = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = ApiClient.Json(new { query = "mutation { createApiKey(input: { name: \"cluster job\" }) { secret errors { code } } }" }),
        };
        create.Headers.Add("Cookie", cookie);
        var created = await (await a.CreateClient().SendAsync(create)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var secret = created.GetProperty("data").GetProperty("createApiKey").GetProperty("secret").GetString()!;
        var program = new ApiClient(b.CreateClient());
        program.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(AdminEmail, (await program.DataAsync("{ me { email } }")).GetProperty("me").GetProperty("email").GetString());
    }

    [Fact]
    public async Task An_smtp_password_saved_through_one_node_is_decrypted_by_the_other()
    {
        var (a, b) = (_nodes[0], _nodes[1]);
        var owner = await a.CreateOwnerAsync();
        const string Secret = "s3cret-shared-between-nodes";
        var saved = await a.Get<SmtpSettingsService>().SaveAsync(owner.UserId, new SaveSmtpSettingsInput
        {
            Host = "smtp.example.org",
            Port = 587,
            Security = SmtpSecurity.StartTls,
            UserName = "reports",
            Password = Secret,
            FromAddress = "reports@example.org",
        }, CancellationToken.None);
        Assert.Empty(saved.Problems);

        var resolved = await b.Get<SmtpSettingsService>().ResolveAsync(owner.UserId, CancellationToken.None);
        Assert.Equal(Secret, resolved?.Password);
    }

    [Fact]
    public async Task An_artifact_produced_on_one_node_downloads_through_the_other_until_retention_removes_its_chunks()
    {
        var (a, b) = (_nodes[0], _nodes[1]);
        var owner = await a.CreateOwnerAsync();
        var schedule = await a.CreateScheduleAsync(owner, "payer-drift",
            new RecurrenceInput(RecurrenceKind.Daily, TimeOfDay: new TimeOnly(06, 00)), [$"dl-{Guid.NewGuid():N}"[..9] + "@example.test"], formats: [ReportFormat.Csv]);
        var queued = await a.Get<ExecutionQueue>().EnqueueManualAsync(schedule.Id, ExecutionTrigger.Manual, owner.UserId, CancellationToken.None);
        var finished = await a.FinishedAsync(queued.Id);
        Assert.True(finished.Status == ExecutionStatus.Succeeded, $"{finished.Status}: {finished.ErrorMessage}");

        await using var db = await a.Db();
        var artifact = await db.Artifacts.AsNoTracking().FirstAsync(x => x.ExecutionId == queued.Id);
        Assert.StartsWith(DatabaseArtifactStore.Prefix, artifact.StoragePath, StringComparison.Ordinal);
        // Nothing of it stays in either node's folder: the store holds it.
        Assert.All(_nodes, n => Assert.Empty(Directory.Exists(Path.Combine(n.Get<ReportGraph.Host.Data.DataDirectory>().Path, "artifacts"))
            ? Directory.EnumerateFiles(Path.Combine(n.Get<ReportGraph.Host.Data.DataDirectory>().Path, "artifacts"), "*", SearchOption.AllDirectories)
            : []));

        // The email's attachment was read from the store as well.
        Assert.Single(_smtp.MessagesOf(queued.Id));

        // Signed in on A, downloaded through B: the same bytes as hashed when rendered.
        var admin = await b.CreateClient().PostAsJsonAsync("/graphql", new
        {
            query = ApiClient.SignInDocument,
            variables = new { i = new { email = AdminEmail, password = AdminPassword } },
        });
        var cookie = string.Join("; ", admin.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var download = new HttpRequestMessage(HttpMethod.Get, $"/artifacts/{artifact.Id}");
        download.Headers.Add("Cookie", cookie);
        var response = await b.CreateClient().SendAsync(download);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(artifact.SizeBytes, bytes.Length);
        Assert.Equal(artifact.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));

        // A signed link made by A (as in A's email) works on B.
        var link = a.Get<SignedArtifactLinks>().Create(artifact.Id);
        var byLink = await b.CreateClient().GetAsync(link.Url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, byLink.StatusCode);
        Assert.Equal(artifact.Sha256, Convert.ToHexStringLower(SHA256.HashData(await byLink.Content.ReadAsByteArrayAsync())));

        // Retention (on B) removes the execution, its artifact rows and their chunks.
        await db.Executions.Where(e => e.Id == queued.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.FinishedAt, DateTimeOffset.UtcNow.AddYears(-5)));
        Assert.True(await b.Get<RetentionJob>().RunOnceAsync(CancellationToken.None) >= 1);
        Assert.Equal(0L, await ChunksAsync(artifact.Id));
        // The link now answers that the file is gone (its row went with the execution), on either node.
        Assert.Equal(HttpStatusCode.NotFound, (await a.CreateClient().GetAsync(link.Url.PathAndQuery)).StatusCode);
    }

    private async Task<long> ChunksAsync(Guid artifactId)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM artifact_chunks WHERE \"ArtifactId\" = @id", connection);
        command.Parameters.AddWithValue("id", artifactId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string?> MeAsync(EndToEndHost node, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = ApiClient.Json(new { query = "{ me { email } }" }) };
        request.Headers.Add("Cookie", cookie);
        var response = await node.CreateClient().SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return body.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object
            && data.GetProperty("me").ValueKind == System.Text.Json.JsonValueKind.Object
            ? data.GetProperty("me").GetProperty("email").GetString()
            : null;
    }
}
