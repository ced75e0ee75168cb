using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ReportGraph.Host.Data;

/// <summary>Ready when the store answers and has no pending migrations.</summary>
internal sealed class StoreHealthCheck(IDbContextFactory<ReportGraphDbContext> dbs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The store cannot be reached.");
            }

            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            return pending.Any()
                ? HealthCheckResult.Unhealthy($"The store has pending migrations: {string.Join(", ", pending)}.")
                : HealthCheckResult.Healthy("The store is reachable and up to date.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The store cannot be reached: " + ex.Message);
        }
    }
}
