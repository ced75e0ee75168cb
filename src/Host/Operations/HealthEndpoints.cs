using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ReportGraph.Host.Operations;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (store, plugins, fonts: statuses for everyone,
/// descriptions and data only for admins, since they name paths, hosts and exception messages).
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Maps both endpoints; anonymous.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = WriteDetailsAsync,
        });
        return endpoints;
    }

    // The role claim's value for admins (UserRole.Admin in Api, which this kernel module does not reference).
    private const string AdminRole = "Admin";

    private static Task WriteDetailsAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var details = context.User.Identity?.IsAuthenticated == true && context.User.IsInRole(AdminRole);
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = details ? e.Value.Description : null,
                data = !details || e.Value.Data.Count == 0 ? null : e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
