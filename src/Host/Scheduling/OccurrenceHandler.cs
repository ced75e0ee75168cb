using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Scheduling;

/// <summary>
/// What happens when a schedule's trigger fires: the due occurrence is queued once (the unique execution row
/// makes a double fire harmless), occurrences missed beyond the grace window are recorded as Missed, and
/// <see cref="Schedule.NextRunAt"/> advances to the next occurrence after now — also when the run later fails.
/// </summary>
public sealed class OccurrenceHandler(
    IDbContextFactory<ReportGraphDbContext> dbs,
    ExecutionQueue queue,
    TimeProvider clock,
    IOptions<SchedulerOptions> options,
    ILogger<OccurrenceHandler> logger)
{
    /// <summary>Handles the schedule's due occurrences; returns the new next run (null when the schedule has ended or is gone).</summary>
    public async Task<DateTimeOffset?> HandleDueAsync(Guid scheduleId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var schedule = await db.Schedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        if (schedule is not { IsActive: true, NextRunAt: { } due })
        {
            return schedule?.NextRunAt;
        }

        var now = clock.GetUtcNow();
        if (due > now)
        {
            return due; // fired early (clock skew between nodes) or already advanced by another fire
        }

        var recurrence = schedule.GetRecurrence();
        var zone = schedule.GetTimeZone();
        // Every occurrence from the recorded next run up to now: normally just one.
        var dueOccurrences = new List<DateTimeOffset> { due };
        dueOccurrences.AddRange(RecurrenceCalendar.Between(recurrence, zone, due, now).Take(options.Value.MaxMissedRecorded));
        var latest = dueOccurrences[^1];
        var runLatest = now - latest <= options.Value.MisfireGrace;
        foreach (var occurrence in runLatest ? dueOccurrences[..^1] : dueOccurrences)
        {
            await queue.RecordMissedAsync(scheduleId, occurrence,
                $"Missed: the service was not running at {occurrence:u}; occurrences older than {options.Value.MisfireGrace:c} are not caught up.", cancellationToken);
        }

        if (dueOccurrences.Count > 1 || !runLatest)
        {
            logger.LogWarning("Schedule {ScheduleId}: {Missed} occurrence(s) recorded as missed", scheduleId, runLatest ? dueOccurrences.Count - 1 : dueOccurrences.Count);
        }

        if (runLatest)
        {
            await queue.EnqueueScheduledAsync(scheduleId, latest, cancellationToken);
        }

        var next = RecurrenceCalendar.Next(recurrence, zone, now > latest ? now : latest);
        // Conditional: only the fire that saw this NextRunAt advances it, so two fires cannot skip an occurrence.
        await db.Schedules.Where(s => s.Id == scheduleId && s.NextRunAt == due)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.NextRunAt, next), cancellationToken);
        return next;
    }
}
