using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Http;

/// <summary>Writes GraphQL results and HTTP-level errors as JSON response bodies.</summary>
internal static class GraphQLHttpResponses
{
    /// <summary>
    /// The status code of a result. With application/graphql-response+json the spec's codes apply: 400 for requests
    /// that did not execute (parse, validation, variable and operation errors), 200 when execution happened. With
    /// application/json every well-formed request gets 200. A mutation over GET is 405 either way.
    /// </summary>
    public static int StatusCodeOf(ExecutionResult result, GraphQLMediaTypes.ResponseFormat format, bool isGet)
    {
        if (result.Status == RequestStatus.OperationNotAllowed && isGet) return StatusCodes.Status405MethodNotAllowed;
        if (format != GraphQLMediaTypes.ResponseFormat.GraphQLResponseJson) return StatusCodes.Status200OK;
        return result.Status switch
        {
            RequestStatus.Executed => StatusCodes.Status200OK,
            RequestStatus.Timeout => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status400BadRequest,
        };
    }

    public static async Task WriteResultAsync(HttpContext context, ExecutionResult result, GraphQLMediaTypes.ResponseFormat format, bool isGet)
    {
        var response = context.Response;
        response.StatusCode = StatusCodeOf(result, format, isGet);
        if (response.StatusCode == StatusCodes.Status405MethodNotAllowed) response.Headers.Allow = "POST";
        response.ContentType = GraphQLMediaTypes.ContentType(format);
        ExecutionResultWriter.Write(response.BodyWriter, result);
        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c> with a status code.</summary>
    public static async Task WriteProblemAsync(HttpContext context, HttpRequestProblem problem, GraphQLMediaTypes.ResponseFormat format = GraphQLMediaTypes.ResponseFormat.Json)
    {
        var response = context.Response;
        response.StatusCode = problem.StatusCode;
        response.ContentType = GraphQLMediaTypes.ContentType(format == GraphQLMediaTypes.ResponseFormat.NotAcceptable ? GraphQLMediaTypes.ResponseFormat.Json : format);
        using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", problem.Message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", problem.Code);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
