namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>One thing wrong with a recurrence or its time zone, ready to show next to the form field at fault.</summary>
/// <param name="Path">The input field, e.g. <c>["recurrence", "dayOfMonth"]</c> or <c>["timeZone"]</c>.</param>
/// <param name="Code">A stable machine-readable code from <see cref="RecurrenceProblemCodes"/>.</param>
/// <param name="Message">A sentence naming the field, what is wrong and what is allowed.</param>
public sealed record RecurrenceProblem(string[] Path, string Code, string Message)
{
    /// <summary>The path joined with dots, e.g. <c>recurrence.dayOfMonth</c>.</summary>
    public string PathText => string.Join('.', Path);
}

/// <summary>The codes <see cref="RecurrenceValidator"/> reports.</summary>
public static class RecurrenceProblemCodes
{
    /// <summary>A field the kind needs is missing.</summary>
    public const string Required = "REQUIRED";

    /// <summary>A number lies outside its allowed range.</summary>
    public const string OutOfRange = "OUT_OF_RANGE";

    /// <summary>A field is set that the kind does not use.</summary>
    public const string NotApplicable = "NOT_APPLICABLE";

    /// <summary>Two fields contradict each other.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>The cron expression cannot be parsed.</summary>
    public const string InvalidCron = "INVALID_CRON";

    /// <summary>The time zone id is empty, unknown or not an IANA id.</summary>
    public const string InvalidTimeZone = "INVALID_TIME_ZONE";

    /// <summary>The end date lies before the start date.</summary>
    public const string EndBeforeStart = "END_BEFORE_START";

    /// <summary>The rule names no time at all from now on (e.g. a cron for 30 February).</summary>
    public const string NeverFires = "NEVER_FIRES";

    /// <summary>The rule would fire, but not before the end date: the schedule has ended.</summary>
    public const string Ended = "ENDED";
}
