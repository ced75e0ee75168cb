using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Schedules;

/// <summary>Adding and removing the webhooks of schedules the caller owns.</summary>
public sealed class ScheduleWebhookService(IDbContextFactory<ReportGraphDbContext> dbs, TimeProvider clock, IWebhookTargets? targets = null)
{
    /// <summary>Adds webhooks; a URL already on the schedule is an error naming it.</summary>
    public async Task<CommandResult<Schedule>> AddAsync(Caller caller, Guid scheduleId, IReadOnlyList<WebhookInput> webhooks, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var schedule = await ScheduleService.LoadOwnedAsync(db, caller, scheduleId, cancellationToken);
        var existing = await db.ScheduleWebhooks.Where(w => w.ScheduleId == scheduleId).Select(w => w.Url).ToListAsync(cancellationToken);
        var errors = new List<InputError>();
        if (webhooks.Count == 0)
        {
            errors.Add(new(["webhooks"], InputErrorCodes.Required, "webhooks needs at least one webhook."));
        }

        var now = clock.GetUtcNow();
        var valid = await WebhookRules.CheckAsync(webhooks, existing, targets, errors, now, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult<Schedule>.Invalid(errors);
        }

        foreach (var webhook in valid)
        {
            webhook.ScheduleId = schedule.Id;
            db.ScheduleWebhooks.Add(webhook);
        }

        schedule.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Schedule>.Ok(schedule);
    }

    /// <summary>Removes one webhook of a schedule the caller owns.</summary>
    public async Task<Schedule> RemoveAsync(Caller caller, Guid webhookId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var webhook = await db.ScheduleWebhooks.Include(w => w.Schedule).SingleOrDefaultAsync(w => w.Id == webhookId, cancellationToken);
        if (webhook is null || !caller.MayAccess(webhook.Schedule!.OwnerId))
        {
            // Another owner's webhook answers like a missing one (no existence oracle).
            throw new NotFoundException($"Webhook '{webhookId}' does not exist.");
        }

        db.ScheduleWebhooks.Remove(webhook);
        webhook.Schedule.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return webhook.Schedule;
    }
}
