using System.Net;
using System.Text.Json;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Hardening;

/// <summary>Anonymous <c>/health/ready</c> shows statuses only; descriptions and data (paths, hosts, errors) are for admins.</summary>
public sealed class HealthDetailsTests : IDisposable
{
    private readonly ApiHost _host = new(new Dictionary<string, string?> { ["Rendering:Pdf:FallbackFonts:0"] = "/nonexistent/secret-path/Missing.ttf" });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Anonymous_callers_and_members_see_statuses_only()
    {
        var (member, _) = await _host.MemberAsync("ann@example.org");
        foreach (var client in new[] { _host.Anonymous().Http, member.Http })
        {
            var response = await client.GetAsync("/health/ready");
            var text = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonDocument.Parse(text).RootElement;
            Assert.Equal("Degraded", body.GetProperty("status").GetString());
            Assert.Equal("Degraded", body.GetProperty("checks").GetProperty("pdfFonts").GetProperty("status").GetString());
            Assert.All(body.GetProperty("checks").EnumerateObject(), check =>
            {
                Assert.Equal(JsonValueKind.Null, check.Value.GetProperty("description").ValueKind);
                Assert.Equal(JsonValueKind.Null, check.Value.GetProperty("data").ValueKind);
            });
            Assert.DoesNotContain("secret-path", text);
        }
    }

    [Fact]
    public async Task Admins_see_the_details()
    {
        var admin = await _host.AdminAsync();
        var text = await admin.Http.GetStringAsync("/health/ready");

        var fonts = JsonDocument.Parse(text).RootElement.GetProperty("checks").GetProperty("pdfFonts");
        Assert.Contains("/nonexistent/secret-path/Missing.ttf", fonts.GetProperty("description").GetString());
    }
}
