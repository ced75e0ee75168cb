using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Tests.Infrastructure;

/// <summary>
/// Lets tests read <c>execution.Deliveries</c>. The entity has no such navigation (executions know nothing of
/// email; deliveries depend on executions), so the loaders below attach each execution's deliveries to it.
/// </summary>
internal static class ExecutionDeliveries
{
    private static readonly ConditionalWeakTable<Execution, List<Delivery>> Attached = new();

    extension(Execution execution)
    {
        /// <summary>The deliveries loaded with the execution by <see cref="WithDeliveriesAsync"/>.</summary>
        public List<Delivery> Deliveries => Attached.TryGetValue(execution, out var deliveries)
            ? deliveries
            : throw new InvalidOperationException("Load the execution with WithDeliveriesAsync to read its deliveries.");
    }

    /// <summary>Runs the query and loads the deliveries of every execution it returns.</summary>
    public static async Task<List<Execution>> WithDeliveriesAsync(this IQueryable<Execution> query, ReportGraphDbContext db)
    {
        var executions = await query.ToListAsync();
        var ids = executions.Select(e => e.Id).ToList();
        var deliveries = (await db.Deliveries.AsNoTracking().Where(d => ids.Contains(d.ExecutionId)).ToListAsync()).ToLookup(d => d.ExecutionId);
        foreach (var execution in executions)
        {
            Attached.AddOrUpdate(execution, deliveries[execution.Id].ToList());
        }

        return executions;
    }
}
