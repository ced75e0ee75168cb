using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security;

/// <summary>
/// The general limit of <c>/graphql</c>: <c>Security:RateLimits:GraphQLPerCaller</c> requests per window per signed-in
/// user (or per client address when signed out), answered with HTTP 429, <c>Retry-After</c> and the GraphQL error
/// code RATE_LIMITED. Other paths (health, downloads, unsubscribe) are not limited here.
/// </summary>
internal static class GraphQLRateLimit
{
    public static IServiceCollection AddGraphQLRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            var limits = security.Value.RateLimits;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                !http.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetNoLimiter("other")
                    : RateLimitPartition.GetFixedWindowLimiter(PartitionOf(http), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.GraphQLPerCaller,
                        Window = limits.Window,
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            o.OnRejected = async (rejected, ct) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limits.Window;
                var seconds = RateLimitedResponse.Seconds(retryAfter);
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await rejected.HttpContext.Response.WriteAsJsonAsync(new
                {
                    errors = new[]
                    {
                        new
                        {
                            message = $"Too many requests to /graphql: at most {limits.GraphQLPerCaller} per {limits.Window}. Try again in {seconds} seconds.",
                            extensions = new { code = RateLimitedResponse.Code, retryAfterSeconds = seconds },
                        },
                    },
                }, ct);
            };
        });
        return services;
    }

    private static string PartitionOf(HttpContext http) =>
        http.User.ToCaller() is { } caller ? "user|" + caller.UserId : "address|" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
