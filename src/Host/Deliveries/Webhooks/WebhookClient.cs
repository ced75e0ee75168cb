using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Deliveries.Webhooks;

/// <summary>
/// Posts webhook bodies. Connections are opened by <see cref="SmtpSocketConnector"/>, so the address checked against
/// <see cref="PrivateAddresses"/> is the address connected to (no gap for DNS rebinding); redirects are not followed
/// (a redirect could lead anywhere) and count as a permanent failure.
/// </summary>
public sealed class WebhookClient : IDisposable
{
    private const int MaxReplyChars = 300;
    private readonly HttpClient _http;
    private readonly IOptionsMonitor<DeliveryOptions> _options;

    /// <summary>Creates the client and its connection pool.</summary>
    public WebhookClient(IOptionsMonitor<DeliveryOptions> options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = async (context, ct) =>
            {
                var socket = await SmtpSocketConnector.ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, _options.CurrentValue.AllowPrivateWebhookHosts == true, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("ReportGraph-Webhooks", "1.0"));
    }

    /// <summary>Posts <paramref name="body"/> as JSON with the given extra headers, within <see cref="DeliveryOptions.WebhookTimeout"/>.</summary>
    public async Task<WebhookResult> PostAsync(Uri url, string body, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        var timeout = _options.CurrentValue.WebhookTimeout;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            var reply = await ReplyAsync(response, limit.Token);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
            {
                return new WebhookResult(SendOutcome.Accepted, reply);
            }

            if (status is 408 or 429 or >= 500)
            {
                return new WebhookResult(SendOutcome.Transient, reply, RetryAfter(response));
            }

            return new WebhookResult(SendOutcome.Permanent, status is >= 300 and < 400
                ? $"{reply} (redirects are not followed: save the webhook's final URL)"
                : reply);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookResult(SendOutcome.Transient, string.Create(CultureInfo.InvariantCulture, $"No answer from {url.Authority} within {timeout.TotalSeconds:0.#} s (Delivery:WebhookTimeout)."));
        }
        catch (HttpRequestException e) when (e.InnerException is SmtpHostNotAllowedException refused)
        {
            return new WebhookResult(SendOutcome.Permanent, "Not sent: " + WebhookTargets.NotAllowed(url.IdnHost, refused.Address));
        }
        catch (HttpRequestException e)
        {
            return new WebhookResult(SendOutcome.Transient, $"Posting to {url.Authority} failed: {e.Message}");
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static async Task<string> ReplyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode} {response.ReasonPhrase}");
        try
        {
            // Only the start of the answer: it is recorded on the delivery, and a receiver may answer with a whole page.
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            var buffer = new char[MaxReplyChars];
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var read = await reader.ReadBlockAsync(buffer, ct);
            var text = new string(buffer, 0, read).ReplaceLineEndings(" ").Trim();
            return text.Length == 0 ? status : $"{status}: {text}";
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            return status;
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
