using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ReportGraph.Host.Tests.Deliveries.Webhooks;

/// <summary>One request the receiver got.</summary>
public sealed record ReceivedWebhook(string Path, string Body, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <summary>A webhook receiver on loopback (HttpListener): records every post and answers 200 "ok" unless told otherwise for a path.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string? RetryAfter)>> _answers = new();

    private WebhookReceiver(int port)
    {
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>Starts listening on <paramref name="port"/> (a free one when 0).</summary>
    public static WebhookReceiver Start(int port = 0) => new(port == 0 ? Support.SmtpTestServer.FreePort() : port);

    /// <summary>The URL of <paramref name="path"/> on this receiver.</summary>
    public string Url(string path) => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/{path}";

    /// <summary>The next <paramref name="times"/> posts to <paramref name="path"/> are answered with <paramref name="status"/>.</summary>
    public void Answer(string path, int status, int times = 1, string? retryAfter = null)
    {
        var queue = _answers.GetOrAdd("/" + path, _ => new());
        for (var i = 0; i < times; i++) queue.Enqueue((status, retryAfter));
    }

    public List<ReceivedWebhook> At(string path) => Received.Where(r => r.Path == "/" + path).ToList();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            var path = context.Request.Url!.AbsolutePath;
            Received.Enqueue(new ReceivedWebhook(path, body, headers, DateTimeOffset.UtcNow));
            var (status, retryAfter) = _answers.TryGetValue(path, out var queue) && queue.TryDequeue(out var planned) ? planned : (200, null);
            context.Response.StatusCode = status;
            if (retryAfter is not null) context.Response.Headers["Retry-After"] = retryAfter;
            var answer = Encoding.UTF8.GetBytes(status == 200 ? "ok" : "no_service");
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
