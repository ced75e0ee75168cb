using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Plugins;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Executions;

/// <summary>
/// Checks a schedule's saved parameters before a run now or a test is queued, so a value that no longer exists (a
/// tutor removed from the data since the schedule was saved) is answered in the payload with its path instead of
/// a Failed execution later.
/// </summary>
public sealed class ManualRunCheck(IDbContextFactory<ReportGraphDbContext> dbs, ReportTypeRegistry reportTypes, ParameterOptionsCheck options)
{
    /// <summary>The problems of the schedule's parameters (empty when it may run); throws NOT_FOUND / FORBIDDEN like the queue.</summary>
    public async Task<IReadOnlyList<InputError>> CheckAsync(Caller caller, Guid scheduleId, CancellationToken cancellationToken)
    {
        Schedule schedule;
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            schedule = await ScheduleService.LoadOwnedAsync(db, caller, scheduleId, cancellationToken);
        }

        if (reportTypes.Find(schedule.ReportTypeKey)?.Definition is not { } definition)
        {
            return []; // the run records why the report type is missing
        }

        var bound = ParameterBinder.Bind(definition.Parameters, schedule.ParametersJson, ["parameters"]);
        var errors = bound.Errors.ToList();
        await options.CheckAsync(definition.Parameters, bound.Values, ["parameters"], errors, cancellationToken);
        return errors;
    }
}
