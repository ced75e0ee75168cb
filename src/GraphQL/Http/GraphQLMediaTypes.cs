using Microsoft.Net.Http.Headers;

namespace ReportGraph.GraphQL.Http;

/// <summary>The media types of GraphQL over HTTP and how a request's Accept header picks one.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The GraphQL response media type: status codes follow the GraphQL-over-HTTP spec.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The legacy media type: every well-formed request gets 200.</summary>
    public const string Json = "application/json";

    /// <summary>Server-Sent Events (GraphQL over SSE, distinct connections mode).</summary>
    public const string EventStream = "text/event-stream";

    /// <summary>Incremental delivery as parts (the deferSpec Apollo Client, urql, Yoga and HotChocolate speak); boundary "-".</summary>
    public const string MultipartMixed = "multipart/mixed; boundary=\"-\"; deferSpec=20220824";

    /// <summary>The same parts as Apollo Client's GraphQL17Alpha9Handler asks for them.</summary>
    public const string MultipartMixedIncrementalSpec = "multipart/mixed; boundary=\"-\"; incrementalSpec=v0.2";

    /// <summary>HTML (a browser asking for the IDE).</summary>
    public const string Html = "text/html";

    /// <summary>The response format chosen for a request.</summary>
    public enum ResponseFormat
    {
        /// <summary>No format the server offers is acceptable (406).</summary>
        NotAcceptable,
        /// <summary><c>application/graphql-response+json</c>.</summary>
        GraphQLResponseJson,
        /// <summary><c>application/json</c>.</summary>
        Json,
        /// <summary><c>text/event-stream</c>.</summary>
        EventStream,
    }

    /// <summary>
    /// Reads what a request's Accept header allows: the best JSON media type (see <see cref="BestJson"/>) and whether
    /// <c>text/event-stream</c> is named with a quality above zero. Which of the two a result is written in depends on
    /// the result (<see cref="AcceptedResponses.FormatFor"/>): clients such as urql list event-stream next to the JSON
    /// types and expect a plain JSON answer to a query.
    /// </summary>
    public static AcceptedResponses Negotiate(string? accept, bool allowEventStream)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges))
            return new AcceptedResponses(ResponseFormat.Json, EventStream: false);
        var json = BestJson(ranges);
        // Event streams only when asked for by name: a browser's */* must not turn a query into a stream.
        var (q, specificity) = Match(ranges, "text", "event-stream");
        var (multipartQ, multipartSpecificity) = Match(ranges, "multipart", "mixed");
        return new AcceptedResponses(json, allowEventStream && specificity == 2 && q > 0) { Multipart = multipartSpecificity == 2 && multipartQ > 0 };
    }

    /// <summary>
    /// The JSON media type to answer in: the highest quality wins; an exact match beats a wildcard; between exact
    /// matches of equal quality graphql-response+json is preferred (the spec's choice), while a bare <c>*/*</c> gets
    /// application/json (what older clients expect). <see cref="ResponseFormat.NotAcceptable"/> when neither is acceptable.
    /// </summary>
    private static ResponseFormat BestJson(IList<MediaTypeHeaderValue> ranges)
    {
        var best = (Format: ResponseFormat.NotAcceptable, Quality: 0.0, Specificity: -1, Rank: int.MaxValue);
        Consider(ref best, ranges, ResponseFormat.GraphQLResponseJson, "application", "graphql-response+json");
        Consider(ref best, ranges, ResponseFormat.Json, "application", "json");
        return best.Format;
    }

    /// <summary>True when the Accept header names text/html (a browser navigating to the endpoint).</summary>
    public static bool AcceptsHtml(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges)) return false;
        var (q, specificity) = Match(ranges, "text", "html");
        return specificity == 2 && q > 0;
    }

    private static void Consider(ref (ResponseFormat Format, double Quality, int Specificity, int Rank) best, IList<MediaTypeHeaderValue> ranges,
        ResponseFormat format, string type, string subtype)
    {
        var (q, specificity) = Match(ranges, type, subtype);
        if (specificity < 0 || q <= 0) return;
        // Exact matches prefer graphql-response+json; wildcard matches prefer application/json.
        int rank = specificity == 2 ? (format == ResponseFormat.GraphQLResponseJson ? 0 : 1) : (format == ResponseFormat.Json ? 0 : 1);
        if (q > best.Quality || (q == best.Quality && (specificity > best.Specificity || (specificity == best.Specificity && rank < best.Rank))))
            best = (format, q, specificity, rank);
    }

    /// <summary>The quality of the most specific range matching type/subtype, and how specific it is (2 exact, 1 type/*, 0 */*, -1 none).</summary>
    private static (double Quality, int Specificity) Match(IList<MediaTypeHeaderValue> ranges, string type, string subtype)
    {
        double quality = 0;
        int specificity = -1;
        foreach (var range in ranges)
        {
            var rangeType = range.Type.Value ?? "";
            var rangeSubtype = range.SubType.Value ?? "";
            int s;
            if (rangeType == "*" && rangeSubtype == "*") s = 0;
            else if (string.Equals(rangeType, type, StringComparison.OrdinalIgnoreCase) && rangeSubtype == "*") s = 1;
            else if (string.Equals(rangeType, type, StringComparison.OrdinalIgnoreCase) && string.Equals(rangeSubtype, subtype, StringComparison.OrdinalIgnoreCase)) s = 2;
            else continue;
            if (s > specificity)
            {
                specificity = s;
                quality = range.Quality ?? 1.0;
            }
        }
        return (quality, specificity);
    }

    /// <summary>The Content-Type header value of a format.</summary>
    public static string ContentType(ResponseFormat format) => format switch
    {
        ResponseFormat.GraphQLResponseJson => GraphQLResponseJson + "; charset=utf-8",
        ResponseFormat.EventStream => EventStream + "; charset=utf-8",
        _ => Json + "; charset=utf-8",
    };
}
