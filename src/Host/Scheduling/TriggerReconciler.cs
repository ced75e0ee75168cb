using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Scheduling;

/// <summary>
/// On start, makes the Quartz triggers agree with the schedules table, which is the truth: a crash between
/// saving a schedule and changing its trigger leaves nothing missed (missing triggers are created, also for
/// a next run in the past, which then fires once) and nothing orphaned (triggers of deleted or paused
/// schedules are removed).
/// </summary>
public sealed class TriggerReconciler(IDbContextFactory<ReportGraphDbContext> dbs, ScheduleTriggers triggers, TimeProvider clock, ILogger<TriggerReconciler> logger)
{
    /// <summary>Creates, moves and removes triggers; returns how many changed.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var changed = 0;
        var active = await db.Schedules.Where(s => s.IsActive).ToListAsync(cancellationToken);
        foreach (var schedule in active.Where(s => s.NextRunAt is null))
        {
            // Active without a next run: computed now (e.g. written by an older version, or its end date passed).
            schedule.NextRunAt = RecurrenceCalendar.Next(schedule.GetRecurrence(), schedule.GetTimeZone(), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        var existing = (await triggers.ListAsync(cancellationToken)).ToHashSet();
        foreach (var schedule in active)
        {
            var fireTime = existing.Contains(schedule.Id) ? await triggers.GetFireTimeAsync(schedule.Id, cancellationToken) : null;
            if (fireTime != schedule.NextRunAt)
            {
                await triggers.SetAsync(schedule.Id, schedule.NextRunAt, cancellationToken);
                changed++;
            }
        }

        var activeIds = active.Select(s => s.Id).ToHashSet();
        foreach (var orphan in existing.Where(id => !activeIds.Contains(id)))
        {
            await triggers.SetAsync(orphan, null, cancellationToken);
            changed++;
        }

        if (changed > 0)
        {
            logger.LogInformation("Reconciled {Changed} schedule trigger(s) with the schedules table", changed);
        }

        return changed;
    }
}
