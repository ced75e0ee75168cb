using System.Globalization;
using ReportGraph.GraphQL.Errors;

namespace ReportGraph.Host.Security;

/// <summary>How a refused call answers: HTTP 429 with <c>Retry-After</c> (whole seconds) and the GraphQL code <c>RATE_LIMITED</c>.</summary>
public static class RateLimitedResponse
{
    /// <summary>The GraphQL error code.</summary>
    public const string Code = "RATE_LIMITED";

    /// <summary>Whole seconds to wait, at least 1.</summary>
    public static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    /// <summary>Sets the status and header on the response (the GraphQL endpoint writes its own status first, so this runs as the headers go out).</summary>
    public static void Mark(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
        http.Response.OnStarting(() =>
        {
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = seconds;
            return Task.CompletedTask;
        });
    }

    /// <summary>Marks the response and returns the field error to throw.</summary>
    public static GraphQLException Refuse(HttpContext http, string what, TimeSpan retryAfter)
    {
        Mark(http, retryAfter);
        var seconds = Seconds(retryAfter);
        return new GraphQLException($"Too many attempts: {what}. Try again in {seconds} second{(seconds == 1 ? "" : "s")}.", Code,
            new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }
}
