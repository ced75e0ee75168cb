using static ReportGraph.Host.Schedules.Recurrences.RecurrenceProblemCodes;

namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>
/// Checks a recurrence and its time zone, returning every problem at once (empty when all is well) so a form can
/// show them all. Paths are relative to the schedule input: <c>["recurrence", field]</c> and <c>["timeZone"]</c>.
/// </summary>
public static class RecurrenceValidator
{
    private const string Root = "recurrence";

    /// <summary>
    /// Every problem with <paramref name="recurrence"/> and <paramref name="timeZoneId"/>, including a rule that never
    /// fires at or after <paramref name="now"/> (or its start date) and an end date that has already passed.
    /// </summary>
    public static IReadOnlyList<RecurrenceProblem> Validate(Recurrence? recurrence, string? timeZoneId, DateTimeOffset now)
    {
        var problems = new List<RecurrenceProblem>();
        if (!TimeZoneResolver.TryResolve(timeZoneId, out var zone, out var zoneError))
        {
            problems.Add(new(["timeZone"], InvalidTimeZone, "timeZone " + zoneError));
        }

        if (recurrence is null)
        {
            problems.Add(new([Root], Required, "recurrence is required: daily, weekly, monthly or cron."));
            return problems;
        }

        var ruleProblems = ValidateRule(recurrence);
        problems.AddRange(ruleProblems);
        if (ruleProblems.Count == 0)
        {
            AddNeverFires(problems, recurrence, zone ?? TimeZoneInfo.Utc, now);
        }

        return problems;
    }

    /// <summary>
    /// Problems with the rule itself (missing, out-of-range, contradicting or inapplicable fields, unparsable cron,
    /// end before start), independent of time zone and clock. <see cref="RecurrenceCalendar"/> refuses a recurrence
    /// with any of these.
    /// </summary>
    public static IReadOnlyList<RecurrenceProblem> ValidateRule(Recurrence recurrence)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        var problems = new List<RecurrenceProblem>();
        var kind = recurrence.Kind;
        if (!Enum.IsDefined(kind))
        {
            problems.Add(new([Root, "kind"], OutOfRange, $"recurrence.kind {(int)kind} is not one of daily, weekly, monthly or cron."));
            return problems;
        }

        var kindName = kind.ToString().ToLowerInvariant();
        if (kind == RecurrenceKind.Cron)
        {
            CheckCron(problems, recurrence);
            if (recurrence.TimeOfDay is not null)
            {
                problems.Add(NotApplicable("timeOfDay", kindName, "the cron expression carries the time"));
            }
        }
        else
        {
            if (recurrence.TimeOfDay is null)
            {
                problems.Add(new([Root, "timeOfDay"], Required,
                    $"recurrence.timeOfDay is required for a {kindName} recurrence: a local time such as 08:00."));
            }

            if (recurrence.CronExpression is not null)
            {
                problems.Add(NotApplicable("cronExpression", kindName, "it is only used by cron recurrences"));
            }
        }

        if (kind == RecurrenceKind.Weekly)
        {
            CheckWeekdays(problems, recurrence);
        }
        else if (recurrence.Weekdays.Count > 0)
        {
            problems.Add(NotApplicable("weekdays", kindName, "it is only used by weekly recurrences"));
        }

        if (kind == RecurrenceKind.Monthly)
        {
            CheckDayOfMonth(problems, recurrence);
        }
        else
        {
            if (recurrence.DayOfMonth is not null)
            {
                problems.Add(NotApplicable("dayOfMonth", kindName, "it is only used by monthly recurrences"));
            }

            if (recurrence.LastDayOfMonth)
            {
                problems.Add(NotApplicable("lastDayOfMonth", kindName, "it is only used by monthly recurrences"));
            }
        }

        if (recurrence is { StartDate: { } start, EndDate: { } end } && end < start)
        {
            problems.Add(new([Root, "endDate"], EndBeforeStart,
                $"recurrence.endDate {end:yyyy-MM-dd} is before recurrence.startDate {start:yyyy-MM-dd}; it must be on or after it."));
        }

        return problems;
    }

    private static RecurrenceProblem NotApplicable(string field, string kindName, string why) =>
        new([Root, field], RecurrenceProblemCodes.NotApplicable,
            $"recurrence.{field} must not be set for a {kindName} recurrence: {why}.");

    private static void CheckWeekdays(List<RecurrenceProblem> problems, Recurrence recurrence)
    {
        var days = recurrence.Weekdays;
        var undefined = days.Where(d => !Enum.IsDefined(d)).ToList();
        if (undefined.Count > 0)
        {
            problems.Add(new([Root, "weekdays"], OutOfRange,
                $"recurrence.weekdays contains {string.Join(", ", undefined.Select(d => (int)d))}; allowed are Monday to Sunday."));
        }
        else if (days.Count == 0)
        {
            problems.Add(new([Root, "weekdays"], Required,
                "recurrence.weekdays must name at least one day (Monday to Sunday) for a weekly recurrence."));
        }
        else if (recurrence.BusinessDaysOnly && days.All(WallClockRules.IsWeekend))
        {
            problems.Add(new([Root, "weekdays"], Conflict,
                "recurrence.weekdays names only Saturday or Sunday, but recurrence.businessDaysOnly skips weekends, so it would never run; add a day from Monday to Friday or turn businessDaysOnly off."));
        }
    }

    private static void CheckDayOfMonth(List<RecurrenceProblem> problems, Recurrence recurrence)
    {
        switch (recurrence.DayOfMonth, recurrence.LastDayOfMonth)
        {
            case (null, false):
                problems.Add(new([Root, "dayOfMonth"], Required,
                    "recurrence.dayOfMonth is required for a monthly recurrence: a day from 1 to 31, or set recurrence.lastDayOfMonth."));
                break;
            case (not null, true):
                problems.Add(new([Root, "dayOfMonth"], Conflict,
                    "recurrence.dayOfMonth and recurrence.lastDayOfMonth are both set; choose a day from 1 to 31 or the last day, not both."));
                break;
            case ( < 1 or > 31, false):
                problems.Add(new([Root, "dayOfMonth"], OutOfRange,
                    $"recurrence.dayOfMonth must be between 1 and 31 (29–31 run on the last day of shorter months; use recurrence.lastDayOfMonth for \"last day\"); got {recurrence.DayOfMonth}."));
                break;
        }
    }

    private static void CheckCron(List<RecurrenceProblem> problems, Recurrence recurrence)
    {
        var text = recurrence.CronExpression;
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new([Root, "cronExpression"], Required,
                "recurrence.cronExpression is required for a cron recurrence: a Quartz expression such as '0 0 8 ? * MON-FRI'."));
            return;
        }

        if (CronSyntaxError(text.Trim()) is { } error)
        {
            problems.Add(new([Root, "cronExpression"], InvalidCron, $"recurrence.cronExpression '{text.Trim()}' {error}"));
        }
    }

    /// <summary>What is wrong with a cron expression, or null when Quartz accepts it.</summary>
    private static string? CronSyntaxError(string text)
    {
        const string Fields = "seconds minutes hours day-of-month month day-of-week [year]";
        var fieldCount = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (!text.StartsWith('@'))
        {
            if (fieldCount == 5)
            {
                var suggestion = Quartz.CronExpression.TryParse(text, Quartz.CronFormat.Unix, out var unix)
                    ? $", e.g. '{unix!.CronExpressionString}' for this crontab line" : "";
                return $"has 5 fields (Unix crontab form); a Quartz expression starts with a seconds field and has 6 or 7 fields: {Fields}{suggestion}.";
            }

            if (fieldCount is < 6 or > 7)
            {
                return $"has {fieldCount} fields; a Quartz expression has 6 or 7: {Fields}, e.g. '0 0 8 ? * MON-FRI'.";
            }
        }

        try
        {
            _ = QuartzCron.Parse(text);
            return null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return $"is not a valid Quartz cron expression: {ex.Message.TrimEnd('.')}. Fields: {Fields}, e.g. '0 0 8 ? * MON-FRI'.";
        }
    }

    private static void AddNeverFires(List<RecurrenceProblem> problems, Recurrence recurrence, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (RecurrenceCalendar.Next(recurrence, zone, now) is not null)
        {
            return;
        }

        var field = recurrence.Kind == RecurrenceKind.Cron ? "cronExpression" : "endDate";
        if (RecurrenceCalendar.Next(recurrence with { EndDate = null }, zone, now) is null)
        {
            problems.Add(new([Root, field], NeverFires, recurrence.Kind == RecurrenceKind.Cron
                ? $"recurrence.cronExpression '{recurrence.CronExpression!.Trim()}' never fires from now on (for example a date that does not exist, a year that has passed, or only weekend days with businessDaysOnly)."
                : "recurrence never fires from now on."));
            return;
        }

        problems.Add(new([Root, "endDate"], Ended,
            $"recurrence.endDate {recurrence.EndDate:yyyy-MM-dd} leaves no occurrence after now, so the schedule would never run; move it later or remove it."));
    }
}
