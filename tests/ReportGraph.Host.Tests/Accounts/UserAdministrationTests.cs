using System.Text.Json;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Accounts;

/// <summary>Admins list, change and delete users; the last active admin stays.</summary>
public sealed class UserAdministrationTests : IDisposable
{
    private const string Update = "mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { role disabledAt } errors { code path message } } }";
    private const string Delete = "mutation($i: DeleteUserInput!) { deleteUser(input: $i) { deletedUserId errors { code path message } } }";

    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    private static string Code(JsonElement data, string field) => data.GetProperty(field).GetProperty("errors")[0].GetProperty("code").GetString()!;

    [Fact]
    public async Task The_last_active_admin_can_be_neither_demoted_disabled_nor_deleted_until_there_is_another()
    {
        var admin = await _host.AdminAsync();
        var adminId = (await admin.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString();
        var (_, member) = await _host.MemberAsync("max@example.org");
        var memberId = Api.Api.GlobalIdOf("User", member.Id);

        Assert.Equal("LAST_ADMIN", Code(await admin.DataAsync(Update, new { i = new { id = adminId, role = "MEMBER" } }), "updateUser"));
        Assert.Equal("LAST_ADMIN", Code(await admin.DataAsync(Update, new { i = new { id = adminId, disabled = true } }), "updateUser"));
        Assert.Equal("NOT_ALLOWED", Code(await admin.DataAsync(Delete, new { i = new { id = adminId, deleteSchedules = true } }), "deleteUser"));

        var promoted = await admin.DataAsync(Update, new { i = new { id = memberId, role = "ADMIN" } });
        Assert.Equal("ADMIN", promoted.GetProperty("updateUser").GetProperty("user").GetProperty("role").GetString());
        var demoted = await admin.DataAsync(Update, new { i = new { id = adminId, role = "MEMBER" } });
        Assert.Equal(0, demoted.GetProperty("updateUser").GetProperty("errors").GetArrayLength());
        // The session follows the new role at once: the former admin no longer sees the user list.
        Assert.Equal("FORBIDDEN", ApiClient.FirstErrorCode(await admin.PostAsync("{ users(first: 5) { nodes { email } } }")));
    }

    [Fact]
    public async Task Users_are_listed_for_admins_only_with_keyset_paging()
    {
        var (member, _) = await _host.MemberAsync("m1@example.org");
        await _host.MemberAsync("m2@example.org");
        Assert.Equal("FORBIDDEN", ApiClient.FirstErrorCode(await member.PostAsync("{ users(first: 5) { nodes { email } } }")));

        var admin = await _host.AdminAsync();
        var page = (await admin.DataAsync("{ users(first: 2) { nodes { email hasPassword } pageInfo { hasNextPage endCursor } } }")).GetProperty("users");
        Assert.Equal([ApiHost.AdminEmail, "m1@example.org"], page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("email").GetString()));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var next = (await admin.DataAsync("query($after: String) { users(first: 2, after: $after) { nodes { email } } }",
            new { after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("users");
        Assert.Equal(["m2@example.org"], next.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task Deleting_a_user_hands_their_schedules_to_another_user_or_deletes_them_as_the_input_says()
    {
        var admin = await _host.AdminAsync();
        var adminId = (await admin.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString();
        var (leaver, user) = await _host.MemberAsync("leaver@example.org");
        await leaver.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly("Leaver's report", "team@example.org") });
        var (other, otherUser) = await _host.MemberAsync("other@example.org");
        await other.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly("Other's report", "team@example.org") });

        var neither = await admin.DataAsync(Delete, new { i = new { id = Api.Api.GlobalIdOf("User", user.Id) } });
        Assert.Equal("schedulesTo", neither.GetProperty("deleteUser").GetProperty("errors")[0].GetProperty("path")[0].GetString());

        var handed = await admin.DataAsync(Delete, new { i = new { id = Api.Api.GlobalIdOf("User", user.Id), schedulesTo = adminId } });
        Assert.Equal(0, handed.GetProperty("deleteUser").GetProperty("errors").GetArrayLength());
        var mine = (await admin.DataAsync("{ schedules(first: 10) { nodes { name owner { email } } } }")).GetProperty("schedules").GetProperty("nodes");
        Assert.Contains(mine.EnumerateArray(), s => s.GetProperty("name").GetString() == "Leaver's report" && s.GetProperty("owner").GetProperty("email").GetString() == ApiHost.AdminEmail);

        var deleted = await admin.DataAsync(Delete, new { i = new { id = Api.Api.GlobalIdOf("User", otherUser.Id), deleteSchedules = true } });
        Assert.Equal(0, deleted.GetProperty("deleteUser").GetProperty("errors").GetArrayLength());
        var left = (await admin.DataAsync("{ schedules(first: 10) { nodes { name } } }")).GetProperty("schedules").GetProperty("nodes");
        Assert.DoesNotContain(left.EnumerateArray(), s => s.GetProperty("name").GetString() == "Other's report");
        Assert.Equal("UNAUTHENTICATED", ApiClient.FirstErrorCode(await other.PostAsync("{ schedules(first: 1) { nodes { id } } }")));
    }
}
