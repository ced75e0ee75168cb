using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Plugins;
using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Schedules;

/// <summary>The outcome of a command: the result, or the input problems (never both).</summary>
public sealed record CommandResult<T>(T? Value, IReadOnlyList<InputError> Errors) where T : class
{
    /// <summary>Succeeded.</summary>
    public static CommandResult<T> Ok(T value) => new(value, []);

    /// <summary>Refused for these input problems; nothing was saved.</summary>
    public static CommandResult<T> Invalid(IReadOnlyList<InputError> errors) => new(null, errors);
}

/// <summary>
/// Creating and changing schedules and their recipients, with ownership checks, full validation and the
/// trigger kept in step with <see cref="Schedule.NextRunAt"/> (saved first; the start-up reconciliation
/// repairs a crash between the two writes).
/// </summary>
public sealed class ScheduleService(
    IDbContextFactory<ReportGraphDbContext> dbs,
    ScheduleValidator validator,
    IScheduleTriggers triggers,
    ParameterOptionsCheck parameterOptions,
    TimeProvider clock,
    IWebhookTargets? webhookTargets = null)
{
    /// <summary>Subject used when none is given.</summary>
    public const string DefaultSubject = "{{report}} — {{period}}";

    /// <summary>Creates a schedule owned by the caller.</summary>
    public async Task<CommandResult<Schedule>> CreateAsync(Caller caller, CreateScheduleInput input, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        ScheduleValidator.CheckName(input.Name, errors);
        ScheduleValidator.CheckText(input.Description, "description", 2000, errors);
        ScheduleValidator.CheckText(input.Message, "message", 4000, errors);
        var definition = validator.CheckReportType(input.ReportType, errors);
        var parametersJson = await ScheduleValidator.CheckParametersAsync(definition, input.Parameters, parameterOptions, errors, cancellationToken);
        var (rule, zoneId) = validator.CheckRecurrence(input.Recurrence, input.TimeZone, errors);
        validator.CheckInterval(rule, caller, errors);
        ScheduleValidator.CheckFormats(input.Formats, definition, errors);
        ScheduleValidator.CheckSubject(input.Subject, errors);
        var recipients = ScheduleValidator.CheckRecipients(input.Recipients, required: true, errors);
        var personal = await ScheduleValidator.CheckRecipientParametersAsync(definition, parametersJson, input.Recipients, parameterOptions, errors, cancellationToken);
        var sendWhen = SendWhenValidator.Check(input.SendWhen, definition, errors);
        var now = clock.GetUtcNow();
        var webhooks = await WebhookRules.CheckAsync(input.Webhooks, [], webhookTargets, errors, now, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult<Schedule>.Invalid(errors);
        }

        var schedule = new Schedule
        {
            OwnerId = caller.UserId,
            Name = input.Name.Trim(),
            Description = Blank(input.Description),
            ReportTypeKey = definition!.Key,
            ParametersJson = parametersJson!,
            TimeZoneId = zoneId!,
            Formats = input.Formats.ToList(),
            SubjectTemplate = string.IsNullOrWhiteSpace(input.Subject) ? DefaultSubject : input.Subject.Trim(),
            Message = Blank(input.Message),
            IsActive = input.IsActive ?? true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        schedule.SetRecurrence(rule!);
        schedule.SetSendCondition(sendWhen!);
        schedule.NextRunAt = schedule.IsActive ? RecurrenceCalendar.Next(rule!, schedule.GetTimeZone(), now) : null;
        schedule.Recipients = recipients.Select(r => NewRecipient(r, now, personal)).ToList();

        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        db.Schedules.Add(schedule);
        webhooks.ForEach(w => w.ScheduleId = schedule.Id);
        db.ScheduleWebhooks.AddRange(webhooks);
        await db.SaveChangesAsync(cancellationToken);
        await triggers.SetAsync(schedule.Id, schedule.NextRunAt, cancellationToken);
        return CommandResult<Schedule>.Ok(schedule);
    }

    /// <summary>Changes the given fields; a new recurrence or time zone recomputes the next run.</summary>
    public async Task<CommandResult<Schedule>> UpdateAsync(Caller caller, Guid scheduleId, ScheduleChangesInput input, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var schedule = await LoadOwnedAsync(db, caller, scheduleId, cancellationToken);
        var errors = new List<InputError>();
        if (input.Name is not null) ScheduleValidator.CheckName(input.Name, errors);
        ScheduleValidator.CheckText(input.Description, "description", 2000, errors);
        ScheduleValidator.CheckText(input.Message, "message", 4000, errors);
        var definition = validator.CheckReportType(schedule.ReportTypeKey, errors);
        string? parametersJson = null;
        if (input.Parameters is not null) parametersJson = await ScheduleValidator.CheckParametersAsync(definition, input.Parameters, parameterOptions, errors, cancellationToken);
        Recurrence? rule = null;
        string? zoneId = null;
        if (input.Recurrence is not null || input.TimeZone is not null)
        {
            var recurrenceInput = input.Recurrence ?? ToInput(schedule.GetRecurrence());
            (rule, zoneId) = validator.CheckRecurrence(recurrenceInput, input.TimeZone ?? schedule.TimeZoneId, errors);
            if (input.Recurrence is not null) validator.CheckInterval(rule, caller, errors);
        }

        if (input.Formats is not null) ScheduleValidator.CheckFormats(input.Formats, definition, errors);
        if (input.Subject is not null) ScheduleValidator.CheckSubject(input.Subject, errors);
        var sendWhen = input.SendWhen is null ? null : SendWhenValidator.Check(input.SendWhen, definition, errors);
        if (errors.Count > 0)
        {
            return CommandResult<Schedule>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        if (input.Name is not null) schedule.Name = input.Name.Trim();
        if (input.Description is not null) schedule.Description = Blank(input.Description);
        if (input.Message is not null) schedule.Message = Blank(input.Message);
        if (parametersJson is not null) schedule.ParametersJson = parametersJson;
        if (sendWhen is not null) schedule.SetSendCondition(sendWhen);
        if (input.Formats is not null) schedule.Formats = input.Formats.ToList();
        if (input.Subject is not null) schedule.SubjectTemplate = string.IsNullOrWhiteSpace(input.Subject) ? DefaultSubject : input.Subject.Trim();
        if (rule is not null)
        {
            schedule.SetRecurrence(rule);
            schedule.TimeZoneId = zoneId!;
            schedule.NextRunAt = schedule.IsActive ? RecurrenceCalendar.Next(rule, schedule.GetTimeZone(), now) : null;
        }

        schedule.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await triggers.SetAsync(schedule.Id, schedule.NextRunAt, cancellationToken);
        return CommandResult<Schedule>.Ok(schedule);
    }

    /// <summary>Deletes the schedule with its recipients and history.</summary>
    public async Task DeleteAsync(Caller caller, Guid scheduleId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var schedule = await LoadOwnedAsync(db, caller, scheduleId, cancellationToken);
        db.Schedules.Remove(schedule);
        await db.SaveChangesAsync(cancellationToken);
        await triggers.SetAsync(scheduleId, null, cancellationToken);
    }

    /// <summary>Pauses (no runs, no next run) or resumes (next run from now) the schedule.</summary>
    public async Task<CommandResult<Schedule>> SetActiveAsync(Caller caller, Guid scheduleId, bool active, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var schedule = await LoadOwnedAsync(db, caller, scheduleId, cancellationToken);
        var now = clock.GetUtcNow();
        if (schedule.IsActive != active)
        {
            schedule.IsActive = active;
            if (active)
            {
                // Resumed by a person: the failures that paused it are counted afresh.
                schedule.PausedReason = null;
                schedule.ConsecutiveFailures = 0;
            }

            schedule.NextRunAt = active ? RecurrenceCalendar.Next(schedule.GetRecurrence(), schedule.GetTimeZone(), now) : null;
            schedule.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        await triggers.SetAsync(schedule.Id, schedule.NextRunAt, cancellationToken);
        return CommandResult<Schedule>.Ok(schedule);
    }

    /// <summary>Adds recipients; an address already on the schedule is an error naming it.</summary>
    public async Task<CommandResult<Schedule>> AddRecipientsAsync(Caller caller, Guid scheduleId, IReadOnlyList<RecipientInput> recipients, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var schedule = await LoadOwnedAsync(db, caller, scheduleId, cancellationToken, withRecipients: true);
        var errors = new List<InputError>();
        var valid = ScheduleValidator.CheckRecipients(recipients, required: true, errors);
        var definition = validator.CheckReportType(schedule.ReportTypeKey, errors);
        var personal = await ScheduleValidator.CheckRecipientParametersAsync(definition, schedule.ParametersJson, recipients, parameterOptions, errors, cancellationToken);
        for (var i = 0; i < recipients.Count; i++)
        {
            var email = recipients[i].Email?.Trim();
            var normalized = email?.ToUpperInvariant();
            if (normalized is not null && schedule.Recipients.Any(r => r.NormalizedEmail == normalized))
                errors.Add(new(["recipients", i, "email"], InputErrorCodes.Duplicate, $"recipients[{i}].email '{email}' already receives this schedule."));
        }

        if (schedule.Recipients.Count + valid.Count > ScheduleValidator.MaxRecipients)
            errors.Add(new(["recipients"], InputErrorCodes.OutOfRange, $"A schedule may have at most {ScheduleValidator.MaxRecipients} recipients."));
        if (errors.Count > 0)
        {
            return CommandResult<Schedule>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        foreach (var r in valid)
        {
            var recipient = NewRecipient(r, now, personal);
            recipient.ScheduleId = schedule.Id;
            db.Recipients.Add(recipient);
        }

        schedule.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Schedule>.Ok(schedule);
    }

    /// <summary>Removes one recipient of a schedule the caller owns.</summary>
    public async Task<Schedule> RemoveRecipientAsync(Caller caller, Guid recipientId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var recipient = await db.Recipients.Include(r => r.Schedule).SingleOrDefaultAsync(r => r.Id == recipientId, cancellationToken);
        if (recipient is null || !caller.MayAccess(recipient.Schedule!.OwnerId))
        {
            // Another owner's recipient answers like a missing one (no existence oracle).
            throw new NotFoundException($"Recipient '{recipientId}' does not exist.");
        }

        db.Recipients.Remove(recipient);
        recipient.Schedule.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return recipient.Schedule;
    }

    /// <summary>
    /// Loads a schedule the caller may change, or throws NOT_FOUND: another owner's schedule answers exactly like a
    /// missing one, so ids cannot be probed for existence.
    /// </summary>
    public static async Task<Schedule> LoadOwnedAsync(ReportGraphDbContext db, Caller caller, Guid scheduleId, CancellationToken cancellationToken, bool withRecipients = false)
    {
        IQueryable<Schedule> query = withRecipients ? db.Schedules.Include(s => s.Recipients) : db.Schedules;
        var schedule = await query.SingleOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        return schedule is not null && caller.MayAccess(schedule.OwnerId)
            ? schedule
            : throw new NotFoundException($"Schedule '{scheduleId}' does not exist.");
    }

    /// <summary>A new, subscribed recipient with a fresh unsubscribe token (and their own parameters, if any were given).</summary>
    public static Recipient NewRecipient(RecipientInput input, DateTimeOffset now, IReadOnlyDictionary<string, string>? personal = null) => new()
    {
        ParametersJson = personal?.GetValueOrDefault(input.Email.ToUpperInvariant()),
        Email = input.Email,
        NormalizedEmail = input.Email.ToUpperInvariant(),
        DisplayName = input.DisplayName,
        UnsubscribeToken = NewToken(),
        AddedAt = now,
    };

    /// <summary>256 random bits, URL-safe: unguessable and used only to (un)subscribe one recipient.</summary>
    public static string NewToken() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static RecurrenceInput ToInput(Recurrence r) => new(
        r.Kind, r.TimeOfDay, r.Weekdays.ToList(), r.DayOfMonth, r.LastDayOfMonth, r.CronExpression, r.BusinessDaysOnly, r.StartDate, r.EndDate);
}
