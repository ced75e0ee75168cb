using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>Small helpers to send GraphQL requests the way clients do and read the answers.</summary>
public static class HttpTestClient
{
    /// <summary>POSTs a JSON body with the given Accept header (null: none).</summary>
    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string json, string? accept = "application/graphql-response+json", string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }

    /// <summary>POSTs a query (and variables) as JSON.</summary>
    public static Task<HttpResponseMessage> PostQueryAsync(this HttpClient client, string query, object? variables = null, string? accept = "application/graphql-response+json")
        => client.PostJsonAsync(JsonSerializer.Serialize(new { query, variables }), accept);

    /// <summary>GETs with query-string parameters.</summary>
    public static async Task<HttpResponseMessage> GetQueryAsync(this HttpClient client, string query, string? variables = null, string? accept = "application/graphql-response+json")
    {
        var url = "graphql?query=" + Uri.EscapeDataString(query) + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables));
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }

    /// <summary>The body as JSON.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException ex)
        {
            throw new Xunit.Sdk.XunitException($"The body is not JSON ({ex.Message}): {text}");
        }
    }

    /// <summary>The media type of the response.</summary>
    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    /// <summary>The first error's extensions.code.</summary>
    public static string? FirstErrorCode(this JsonElement body) => body.GetProperty("errors")[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code) ? code.GetString() : null;

    /// <summary>The first error's message.</summary>
    public static string FirstErrorMessage(this JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
