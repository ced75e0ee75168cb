using System.Net;

namespace ReportGraph.Host.Tests.Security;

/// <summary>The end of a sign-in run: the callback's response and every URL the browser was sent to.</summary>
public sealed record OidcSignInRun(HttpStatusCode Status, Uri? Location, string Body, IReadOnlyList<Uri> Visited)
{
    /// <summary>The authorization request the host sent the browser to.</summary>
    public Uri AuthorizationRequest => Visited.First(u => u.AbsolutePath == "/auth");
}

/// <summary>
/// A browser without a screen: an HttpClient with its own cookie jar that follows the redirects of a sign-in one by
/// one (to look at each) and, on the provider's login page, posts the login form as a person would.
/// </summary>
public sealed class OidcBrowser : IDisposable
{
    private readonly Uri _host;

    public OidcBrowser(Uri host)
    {
        _host = host;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = host,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    /// <summary>The client, with the host's session cookie once signed in.</summary>
    public HttpClient Http { get; }

    /// <summary>
    /// Opens /signin/oidc and follows the redirects until the host's callback has answered; on the provider's login
    /// page signs in as <paramref name="login"/> (or cancels when <paramref name="cancel"/>).
    /// </summary>
    public async Task<OidcSignInRun> SignInAsync(string login, string? returnUrl = null, bool cancel = false)
    {
        var visited = new List<Uri>();
        var url = new Uri(_host, returnUrl is null ? "/signin/oidc" : "/signin/oidc?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var response = await Http.GetAsync(url);
        for (var step = 0; step < 12; step++)
        {
            visited.Add(url);
            var body = await response.Content.ReadAsStringAsync();
            var isRedirect = (int)response.StatusCode is >= 300 and < 400;
            if (url.AbsolutePath == "/signin/oidc/callback" || !isRedirect)
            {
                return new OidcSignInRun(response.StatusCode, response.Headers.Location, body, visited);
            }

            url = new Uri(url, response.Headers.Location!);
            response.Dispose();
            if (url.AbsolutePath.StartsWith("/interaction/", StringComparison.Ordinal))
            {
                // The provider's login page: post its form (the provider answers with a redirect onwards).
                visited.Add(url);
                url = new Uri(url, url.AbsolutePath + (cancel ? "/abort" : "/login"));
                response = await Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = login }));
            }
            else
            {
                response = await Http.GetAsync(url);
            }
        }

        throw new InvalidOperationException("Too many redirects: " + string.Join(" → ", visited));
    }

    public void Dispose() => Http.Dispose();
}
