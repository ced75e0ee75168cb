using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Http;

/// <summary>
/// Answers with <c>multipart/mixed; boundary="-"; deferSpec=20220824</c> (as Apollo Server, Yoga and HotChocolate do):
/// one JSON part per payload, each flushed as soon as it is produced, then the closing delimiter.
/// </summary>
internal static class MultipartResponder
{
    private static readonly byte[] Boundary = Encoding.ASCII.GetBytes("\r\n---");
    private static readonly byte[] PartHeader = Encoding.ASCII.GetBytes("\r\nContent-Type: application/json; charset=utf-8\r\n\r\n");
    private static readonly byte[] End = Encoding.ASCII.GetBytes("--\r\n");

    public static async Task WriteAsync(HttpContext context, ExecutionResult result)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        // The payloads are graphql-js 17's (pending/incremental/completed), which Apollo Client calls incrementalSpec=v0.2
        // when it asks for it by name; other clients get the deferSpec parameter they know.
        response.ContentType = context.Request.Headers.Accept.ToString().Contains("incrementalSpec", StringComparison.OrdinalIgnoreCase)
            ? GraphQLMediaTypes.MultipartMixedIncrementalSpec
            : GraphQLMediaTypes.MultipartMixed;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no"; // reverse proxies must pass each part on at once
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var body = response.BodyWriter;
        try
        {
            body.Write(Boundary);
            await WritePartAsync(body, b => ExecutionResultWriter.Write(b, result), aborted).ConfigureAwait(false);
            if (result.IsIncremental)
            {
                await foreach (var payload in result.Subsequent.WithCancellation(aborted).ConfigureAwait(false))
                    await WritePartAsync(body, b => ExecutionResultWriter.Write(b, payload), aborted).ConfigureAwait(false);
            }
            body.Write(End);
            await body.FlushAsync(aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: the execution stopped with it (the payloads run under the request's token).
        }
    }

    private static async Task WritePartAsync(System.IO.Pipelines.PipeWriter body, Action<IBufferWriter<byte>> write, CancellationToken cancellationToken)
    {
        body.Write(PartHeader);
        write(body);
        body.Write(Boundary);
        await body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
