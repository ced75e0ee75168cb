using System.Net;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Hardening;

/// <summary>The HTML the host serves cannot be framed, sniffed or leak its URL through Referer, and runs no foreign code.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private readonly TempFolder _folder = new("rg-headers");
    private readonly ReportGraphFactory _factory;

    public SecurityHeadersTests() => _factory = new ReportGraphFactory(_folder.Combine("data"));

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("/unsubscribe/not-a-token")]
    [InlineData("/files/not-a-token")]
    public async Task The_unsubscribe_and_download_pages_send_the_security_headers_and_a_script_free_CSP(string path)
    {
        var response = await _factory.CreateClient().GetAsync(path);

        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString());
        AssertFramingSniffingAndReferrerAreOff(response);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("script-src", csp);
    }

    [Fact]
    public async Task The_IDE_page_sends_the_security_headers_and_a_CSP_that_allows_only_its_own_files()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await _factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertFramingSniffingAndReferrerAreOff(response);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
    }

    [Fact]
    public async Task API_responses_are_not_sniffed_and_send_no_referrer()
    {
        var response = await _factory.CreateClient().GetAsync("/health/live");

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    private static void AssertFramingSniffingAndReferrerAreOff(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "(missing)";
}
