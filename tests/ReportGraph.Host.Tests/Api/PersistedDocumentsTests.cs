using System.Net;
using System.Text.Json;
using ReportGraph.GraphQL.Http.PersistedDocuments;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Api;

/// <summary>
/// <c>GraphQL:PersistedDocuments</c> and <c>GraphQL:OnlyPersistedDocuments</c> on the real host: members run only the
/// manifest's documents (by id or exact text), administrators keep the IDE and may run anything.
/// </summary>
public sealed class PersistedDocumentsTests : IDisposable
{
    private const string Me = "query Me { me { email role } }";
    private readonly TempFolder _manifests = new("rg-persisted");
    private readonly ApiHost _host;

    public PersistedDocumentsTests()
    {
        File.WriteAllText(_manifests.Combine("persisted-documents.json"), JsonSerializer.Serialize(new Dictionary<string, string>
        {
            [DocumentHash.Of(Me)] = Me,
            [DocumentHash.Of(ApiClient.SignInDocument)] = ApiClient.SignInDocument,
        }));
        _host = new ApiHost(new Dictionary<string, string?>
        {
            ["GraphQL:PersistedDocuments"] = _manifests.Path,
            ["GraphQL:OnlyPersistedDocuments"] = "true",
        });
    }

    public void Dispose()
    {
        _host.Dispose();
        _manifests.Dispose();
    }

    [Fact]
    public async Task A_member_runs_manifest_documents_by_id_and_nothing_else()
    {
        var (member, _) = await _host.MemberAsync("ann@example.org");

        var byId = await member.Http.PostAsync("/graphql", ApiClient.Json(new { documentId = "sha256:" + DocumentHash.Of(Me) }));
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Equal("ann@example.org", JsonDocument.Parse(await byId.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("me").GetProperty("email").GetString());

        var other = await member.PostAsync("{ me { id } }");
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", ApiClient.FirstErrorCode(other));
        Assert.False(other.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task An_administrator_may_still_run_any_document()
    {
        var admin = await _host.AdminAsync();
        var data = await admin.DataAsync("{ me { role } }");
        Assert.Equal("ADMIN", data.GetProperty("me").GetProperty("role").GetString());
    }
}
