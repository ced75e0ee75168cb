using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Http.ServerSentEvents;

/// <summary>
/// Answers a request as a GraphQL-over-SSE stream in "distinct connections mode": one <c>event: next</c> per result
/// (one for a query or mutation, one per event for a subscription), then <c>event: complete</c>. The client ends a
/// subscription by closing the connection.
/// </summary>
internal static class ServerSentEventsResponder
{
    private static readonly byte[] NextPrefix = Encoding.UTF8.GetBytes("event: next\ndata: ");
    private static readonly byte[] EventEnd = Encoding.UTF8.GetBytes("\n\n");
    private static readonly byte[] Complete = Encoding.UTF8.GetBytes("event: complete\ndata: \n\n");
    private static readonly byte[] KeepAlive = Encoding.UTF8.GetBytes(":\n\n");

    public static async Task WriteAsync(HttpContext context, ExecutionResult result, TimeSpan keepAliveInterval)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GraphQLMediaTypes.ContentType(GraphQLMediaTypes.ResponseFormat.EventStream);
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no"; // tell reverse proxies (nginx) not to buffer the stream
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(aborted).ConfigureAwait(false);

        // One writer at a time: results and keep-alive comments share the body.
        using var gate = new SemaphoreSlim(1, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var keepAlive = KeepAliveLoopAsync(response, gate, keepAliveInterval, stop.Token);
        try
        {
            if (result.IsIncremental)
            {
                // Incremental delivery: the initial result and each subsequent payload as one event, flushed as produced.
                await WriteNextAsync(response, gate, result, aborted).ConfigureAwait(false);
                await foreach (var payload in result.Subsequent.WithCancellation(aborted).ConfigureAwait(false))
                    await WriteNextAsync(response, gate, body => ExecutionResultWriter.Write(body, payload), aborted).ConfigureAwait(false);
            }
            else if (!result.IsStream)
            {
                await WriteNextAsync(response, gate, result, aborted).ConfigureAwait(false);
            }
            else
            {
                await foreach (var item in result.Stream.WithCancellation(aborted).ConfigureAwait(false))
                    await WriteNextAsync(response, gate, item, aborted).ConfigureAwait(false);
            }
            await WriteRawAsync(response, gate, Complete, aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: that is how a subscription ends in distinct connections mode.
        }
        finally
        {
            stop.Cancel();
            try { await keepAlive.ConfigureAwait(false); } catch (OperationCanceledException) { }
        }
    }

    private static Task WriteNextAsync(HttpResponse response, SemaphoreSlim gate, ExecutionResult result, CancellationToken cancellationToken)
        => WriteNextAsync(response, gate, body => ExecutionResultWriter.Write(body, result), cancellationToken);

    private static async Task WriteNextAsync(HttpResponse response, SemaphoreSlim gate, Action<IBufferWriter<byte>> write, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var body = response.BodyWriter;
            body.Write(NextPrefix);
            // The JSON is written compactly, so it never contains a raw newline that would split the data line.
            write(body);
            body.Write(EventEnd);
            await body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task WriteRawAsync(HttpResponse response, SemaphoreSlim gate, byte[] bytes, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            response.BodyWriter.Write(bytes);
            await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task KeepAliveLoopAsync(HttpResponse response, SemaphoreSlim gate, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            await WriteRawAsync(response, gate, KeepAlive, cancellationToken).ConfigureAwait(false);
    }
}
