using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Http;

/// <summary>A request the HTTP layer refuses before GraphQL sees it: status code, message and error code.</summary>
public sealed record HttpRequestProblem(int StatusCode, string Message, string Code);

/// <summary>Reads the GraphQL request parameters (query, operationName, variables, extensions) from a POST body or GET query string.</summary>
public static class GraphQLHttpRequestReader
{
    /// <summary>
    /// Reads a POST body. Only <c>application/json</c> (UTF-8) is accepted: refusing form posts, multipart and text/plain
    /// with 415 is also the CSRF guard, since a browser cannot send <c>application/json</c> cross-site without a CORS preflight.
    /// </summary>
    public static async ValueTask<(GraphQLRequestParameters? Parameters, HttpRequestProblem? Problem)> ReadPostAsync(HttpRequest request, long maxBodySize, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.ContentType))
            return (null, new HttpRequestProblem(415, "A POST request needs a Content-Type header; only application/json is supported.", "UNSUPPORTED_MEDIA_TYPE"));
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, new HttpRequestProblem(415, $"Unsupported Content-Type \"{request.ContentType}\"; only application/json is supported.", "UNSUPPORTED_MEDIA_TYPE"));
        }

        var charset = contentType.Charset.Value;
        if (!string.IsNullOrEmpty(charset) && !string.Equals(charset.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase) && !string.Equals(charset.Trim('"'), "utf8", StringComparison.OrdinalIgnoreCase))
            return (null, new HttpRequestProblem(415, $"Unsupported charset \"{charset}\"; request bodies must be application/json in UTF-8.", "UNSUPPORTED_MEDIA_TYPE"));
        if (request.ContentLength > maxBodySize)
            return (null, TooLarge(maxBodySize));

        var reader = request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (read.Buffer.Length > maxBodySize)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                return (null, TooLarge(maxBodySize));
            }
            if (read.IsCompleted || read.IsCanceled) break;
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
        try
        {
            var body = read.Buffer;
            if (body.Length == 0) return (null, new HttpRequestProblem(400, "The request body is empty; expected a JSON object with a \"query\".", "BAD_REQUEST"));
            return ParseBody(body);
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
    }

    private static HttpRequestProblem TooLarge(long max)
        => new(413, $"The request body is larger than the limit of {max} bytes.", "REQUEST_TOO_LARGE");

    private static (GraphQLRequestParameters?, HttpRequestProblem?) ParseBody(ReadOnlySequence<byte> body)
    {
        try
        {
            return ParseValidatedBody(body);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json parses "\ud800" but throws when the string (a key or a value) is read: not Unicode text.
            return (null, LoneSurrogate("request body"));
        }
    }

    private static HttpRequestProblem LoneSurrogate(string where)
        => new(400, $"The {where} holds a string with a lone UTF-16 surrogate escape (e.g. \"\\ud800\"); JSON strings must be valid Unicode text.", "BAD_REQUEST");

    private static (GraphQLRequestParameters?, HttpRequestProblem?) ParseValidatedBody(ReadOnlySequence<byte> body)
    {
        if (!JsonBodyChecks.IsValidUtf8(body))
            return (null, new HttpRequestProblem(400, "The request body is not valid UTF-8; application/json bodies must be encoded in UTF-8.", "BAD_REQUEST"));
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 128 });
            document = JsonDocument.ParseValue(ref reader);
            if (!JsonBodyChecks.OnlyWhitespace(body.Slice(reader.Position)))
            {
                document.Dispose();
                return (null, new HttpRequestProblem(400, "The request body has data after the JSON object; send exactly one JSON object per request.", "BAD_REQUEST"));
            }
        }
        catch (JsonException ex)
        {
            return (null, new HttpRequestProblem(400, $"The request body is not valid JSON: {ex.Message}", "BAD_REQUEST"));
        }
        using (document)
        {
            var root = document.RootElement;
            if (JsonBodyChecks.FindDuplicateKey(root) is { } duplicate)
                return (null, DuplicateKey("request body", duplicate));
            if (root.ValueKind == JsonValueKind.Array)
                return (null, new HttpRequestProblem(400, "Batched requests (a JSON array) are not supported; send one JSON object per request.", "BAD_REQUEST"));
            if (root.ValueKind != JsonValueKind.Object)
                return (null, new HttpRequestProblem(400, "The request body must be a JSON object with a \"query\".", "BAD_REQUEST"));

            string? query = null, operationName = null, documentId = null;
            IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "query":
                        if (property.Value.ValueKind == JsonValueKind.String) query = property.Value.GetString();
                        else if (property.Value.ValueKind != JsonValueKind.Null) return (null, WrongType("query", "a string", property.Value));
                        break;
                    case "documentId":
                        if (property.Value.ValueKind == JsonValueKind.String) documentId = property.Value.GetString();
                        else if (property.Value.ValueKind != JsonValueKind.Null) return (null, WrongType("documentId", "a string", property.Value));
                        break;
                    case "operationName":
                        if (property.Value.ValueKind == JsonValueKind.String) operationName = property.Value.GetString();
                        else if (property.Value.ValueKind != JsonValueKind.Null) return (null, WrongType("operationName", "a string or null", property.Value));
                        break;
                    case "variables":
                        if (property.Value.ValueKind == JsonValueKind.Object) variables = (IReadOnlyDictionary<string, object?>?)JsonValues.ToPlain(property.Value);
                        else if (property.Value.ValueKind != JsonValueKind.Null) return (null, WrongType("variables", "an object or null", property.Value));
                        break;
                    case "extensions":
                        if (property.Value.ValueKind == JsonValueKind.Object) extensions = (IReadOnlyDictionary<string, object?>?)JsonValues.ToPlain(property.Value);
                        else if (property.Value.ValueKind != JsonValueKind.Null) return (null, WrongType("extensions", "an object or null", property.Value));
                        break;
                }
            }
            return Complete(query, operationName, variables, extensions, documentId);
        }
    }

    /// <summary>Reads GET query-string parameters; <c>variables</c> and <c>extensions</c> are URL-encoded JSON objects.</summary>
    public static (GraphQLRequestParameters? Parameters, HttpRequestProblem? Problem) ReadGet(IQueryCollection query)
    {
        string? text = query.TryGetValue("query", out var q) ? q.ToString() : null;
        string? operationName = query.TryGetValue("operationName", out var o) && o.Count > 0 && o[0]!.Length > 0 ? o.ToString() : null;
        string? documentId = query.TryGetValue("documentId", out var d) && d.Count > 0 && d[0]!.Length > 0 ? d.ToString() : null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        if (query.TryGetValue("variables", out var v) && !string.IsNullOrEmpty(v.ToString()))
        {
            var (value, problem) = ParseJsonObject("variables", v.ToString());
            if (problem is not null) return (null, problem);
            variables = value;
        }
        if (query.TryGetValue("extensions", out var e) && !string.IsNullOrEmpty(e.ToString()))
        {
            var (value, problem) = ParseJsonObject("extensions", e.ToString());
            if (problem is not null) return (null, problem);
            extensions = value;
        }
        return Complete(text, operationName, variables, extensions, documentId);
    }

    private static (IReadOnlyDictionary<string, object?>?, HttpRequestProblem?) ParseJsonObject(string name, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Null) return (null, null);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, WrongType(name, "a JSON object", document.RootElement));
            if (JsonBodyChecks.FindDuplicateKey(document.RootElement, "$." + name) is { } duplicate) return (null, DuplicateKey($"\"{name}\" parameter", duplicate));
            return ((IReadOnlyDictionary<string, object?>?)JsonValues.ToPlain(document.RootElement), null);
        }
        catch (JsonException ex)
        {
            return (null, new HttpRequestProblem(400, $"The \"{name}\" parameter is not valid JSON: {ex.Message}", "BAD_REQUEST"));
        }
        catch (InvalidOperationException)
        {
            return (null, LoneSurrogate($"\"{name}\" parameter"));
        }
    }

    private static (GraphQLRequestParameters?, HttpRequestProblem?) Complete(string? query, string? operationName,
        IReadOnlyDictionary<string, object?>? variables, IReadOnlyDictionary<string, object?>? extensions, string? documentId)
    {
        // Whether there is a document at all (text, documentId or persisted query hash) is the endpoint's
        // PersistedDocumentResolver's to say, the one place that knows where documents come from.
        return (new GraphQLRequestParameters(string.IsNullOrEmpty(query) ? null : query, operationName, variables, extensions, documentId), null);
    }

    private static HttpRequestProblem DuplicateKey(string where, string path)
        => new(400, $"The {where} has the key {path} twice; each key may appear once in a JSON object.", "BAD_REQUEST");

    private static HttpRequestProblem WrongType(string name, string expected, JsonElement actual)
        => new(400, $"The \"{name}\" parameter must be {expected}, not {Describe(actual.ValueKind)}.", "BAD_REQUEST");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>
/// The parameters of a GraphQL-over-HTTP request. <see cref="Query"/> is null when the document is named by
/// <see cref="DocumentId"/> or by an automatic persisted query hash in <see cref="Extensions"/>, until the endpoint looks it up.
/// </summary>
public sealed record GraphQLRequestParameters(string? Query, string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables, IReadOnlyDictionary<string, object?>? Extensions, string? DocumentId = null);
