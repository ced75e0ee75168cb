using System.Net;
using System.Net.Http.Headers;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Accounts;

/// <summary>Server-side sessions: ended sessions are refused even when their cookie is replayed.</summary>
public sealed class SessionTests : IDisposable
{
    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_signed_out_session_is_refused_when_its_cookie_is_replayed()
    {
        var session = await RawSession.SignInAsync(_host, ApiHost.AdminEmail, ApiHost.AdminPassword);
        Assert.Equal(ApiHost.AdminEmail, await session.MeAsync());

        await session.DataAsync("mutation { signOut { errors { code } } }");

        Assert.Null(await session.MeAsync());
        Assert.Equal("UNAUTHENTICATED", ApiClient.FirstErrorCode(await session.PostAsync("{ schedules(first: 1) { nodes { id } } }")));
    }

    [Fact]
    public async Task Changing_the_password_ends_every_other_session_and_keeps_this_one()
    {
        await _host.MemberAsync("pat@example.org");
        var laptop = await RawSession.SignInAsync(_host, "pat@example.org", ApiHost.MemberPassword);
        var phone = await RawSession.SignInAsync(_host, "pat@example.org", ApiHost.MemberPassword);

        var wrong = await laptop.DataAsync("mutation { changePassword(input: { currentPassword: \"not-my-password\", newPassword: \"a-new-password-42\" }) { done errors { code path } } }");
        Assert.Equal("INVALID_CREDENTIALS", wrong.GetProperty("changePassword").GetProperty("errors")[0].GetProperty("code").GetString());
        var weak = await laptop.DataAsync($"mutation {{ changePassword(input: {{ currentPassword: \"{ApiHost.MemberPassword}\", newPassword: \"short\" }}) {{ done errors {{ code path }} }} }}");
        Assert.Equal("newPassword", weak.GetProperty("changePassword").GetProperty("errors")[0].GetProperty("path")[0].GetString());
        Assert.Equal("pat@example.org", await phone.MeAsync());

        var changed = await laptop.DataAsync($"mutation {{ changePassword(input: {{ currentPassword: \"{ApiHost.MemberPassword}\", newPassword: \"a-new-password-42\" }}) {{ done errors {{ code }} }} }}");
        Assert.True(changed.GetProperty("changePassword").GetProperty("done").GetBoolean());

        Assert.Null(await phone.MeAsync());
        Assert.Equal("pat@example.org", await laptop.MeAsync());
        var old = await _host.Anonymous().DataAsync("mutation { signIn(input: { email: \"pat@example.org\", password: \"member-password-123\" }) { errors { code } } }");
        Assert.Equal("INVALID_CREDENTIALS", old.GetProperty("signIn").GetProperty("errors")[0].GetProperty("code").GetString());
        await _host.Anonymous().SignInAsync("pat@example.org", "a-new-password-42");
    }

    [Fact]
    public async Task Sessions_are_listed_with_the_current_one_marked_and_can_be_ended_one_by_one_or_all_others()
    {
        await _host.MemberAsync("lee@example.org");
        var first = await RawSession.SignInAsync(_host, "lee@example.org", ApiHost.MemberPassword, "Firefox/140");
        var second = await RawSession.SignInAsync(_host, "lee@example.org", ApiHost.MemberPassword, "Safari/19");
        var third = await RawSession.SignInAsync(_host, "lee@example.org", ApiHost.MemberPassword, "Chrome/150");

        var sessions = (await first.DataAsync("{ me { sessions { id createdAt lastSeenAt userAgent current } } }")).GetProperty("me").GetProperty("sessions");
        // The member's first session (MemberAsync's) is listed too.
        Assert.Equal(4, sessions.GetArrayLength());
        var current = Assert.Single(sessions.EnumerateArray(), s => s.GetProperty("current").GetBoolean());
        Assert.Equal("Firefox/140", current.GetProperty("userAgent").GetString());
        var safari = sessions.EnumerateArray().Single(s => s.GetProperty("userAgent").GetString() == "Safari/19").GetProperty("id").GetString();

        await first.DataAsync("mutation($id: ID!) { endSession(input: { id: $id }) { endedCount } }", new { id = safari });
        Assert.Null(await second.MeAsync());
        Assert.Equal("lee@example.org", await third.MeAsync());
        Assert.Equal("NOT_FOUND", ApiClient.FirstErrorCode(await first.PostAsync("mutation($id: ID!) { endSession(input: { id: $id }) { endedCount } }", new { id = safari })));

        var everywhere = await first.DataAsync("mutation { signOutEverywhere { endedCount } }");
        Assert.Equal(2, everywhere.GetProperty("signOutEverywhere").GetProperty("endedCount").GetInt32());
        Assert.Null(await third.MeAsync());
        Assert.Equal("lee@example.org", await first.MeAsync());
    }

    [Fact]
    public async Task A_member_cannot_end_or_see_another_users_sessions_but_an_admin_can_end_them()
    {
        var (member, user) = await _host.MemberAsync("kim@example.org");
        var session = await RawSession.SignInAsync(_host, "kim@example.org", ApiHost.MemberPassword);
        var adminId = (await (await _host.AdminAsync()).DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString();

        Assert.Equal("FORBIDDEN", ApiClient.FirstErrorCode(await member.PostAsync("mutation($id: ID!) { endUserSessions(input: { userId: $id }) { endedCount } }", new { id = adminId })));
        var hidden = await member.DataAsync("query($id: ID!) { node(id: $id) { ... on User { sessions { id } } } }", new { id = adminId });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, hidden.GetProperty("node").ValueKind);

        var admin = await _host.AdminAsync();
        var ended = await admin.DataAsync("mutation($id: ID!) { endUserSessions(input: { userId: $id }) { endedCount } }", new { id = Api.Api.GlobalIdOf("User", user.Id) });
        Assert.Equal(2, ended.GetProperty("endUserSessions").GetProperty("endedCount").GetInt32());
        Assert.Null(await session.MeAsync());
    }

    [Fact]
    public async Task A_disabled_user_is_refused_everywhere_until_enabled_again()
    {
        var (member, user) = await _host.MemberAsync("dee@example.org");
        var session = await RawSession.SignInAsync(_host, "dee@example.org", ApiHost.MemberPassword);
        var secret = (await member.DataAsync("mutation { createApiKey(input: { name: \"job\" }) { secret } }")).GetProperty("createApiKey").GetProperty("secret").GetString();
        var admin = await _host.AdminAsync();
        var id = Api.Api.GlobalIdOf("User", user.Id);

        var disabled = await admin.DataAsync("mutation($id: ID!) { updateUser(input: { id: $id, disabled: true }) { user { disabledAt } errors { code } } }", new { id });
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, disabled.GetProperty("updateUser").GetProperty("user").GetProperty("disabledAt").ValueKind);

        Assert.Null(await session.MeAsync());
        var signIn = await _host.Anonymous().DataAsync("mutation { signIn(input: { email: \"dee@example.org\", password: \"member-password-123\" }) { errors { code } } }");
        Assert.Equal("INVALID_CREDENTIALS", signIn.GetProperty("signIn").GetProperty("errors")[0].GetProperty("code").GetString());
        var program = _host.Factory.CreateClient();
        program.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await program.PostAsync("/graphql", ApiClient.Json(new { query = "{ me { email } }" }))).StatusCode);

        await admin.DataAsync("mutation($id: ID!) { updateUser(input: { id: $id, disabled: false }) { errors { code } } }", new { id });
        await _host.Anonymous().SignInAsync("dee@example.org", ApiHost.MemberPassword);
        Assert.Equal(HttpStatusCode.OK, (await program.PostAsync("/graphql", ApiClient.Json(new { query = "{ me { email } }" }))).StatusCode);
    }
}
