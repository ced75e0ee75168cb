namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>
/// Describes a recurrence in plain English, e.g. "Every Monday and Thursday at 07:30" or
/// "On the last day of every month at 18:00, business days only". Cron expressions are explained in words for the
/// common forms and field by field otherwise (the API uses this to "explain" a cron).
/// </summary>
public static class RecurrenceDescriber
{
    private static readonly DayOfWeek[] MondayToFriday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>The description; for an invalid recurrence, the validator's first complaint instead.</summary>
    public static string Describe(Recurrence recurrence)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        var problems = RecurrenceValidator.ValidateRule(recurrence);
        if (problems.Count > 0)
        {
            return "Invalid recurrence: " + problems[0].Message;
        }

        var text = recurrence.Kind switch
        {
            RecurrenceKind.Daily => DescribeDaily(recurrence),
            RecurrenceKind.Weekly => DescribeWeekly(recurrence),
            RecurrenceKind.Monthly => DescribeMonthly(recurrence),
            _ => CronDescriber.Describe(recurrence.CronExpression!) + (recurrence.BusinessDaysOnly ? ", business days only" : ""),
        };
        return text + DescribeBounds(recurrence);
    }

    /// <summary>Explains a Quartz cron expression alone, e.g. "0 30 7 ? * MON-FRI" → "Every Monday to Friday at 07:30".</summary>
    public static string DescribeCron(string cronExpression) => CronDescriber.Describe(cronExpression);

    private static string At(Recurrence recurrence) => " at " + EnglishWords.Time(recurrence.TimeOfDay!.Value);

    private static string DescribeDaily(Recurrence recurrence) =>
        (recurrence.BusinessDaysOnly ? "Every business day (Monday to Friday)" : "Every day") + At(recurrence);

    private static string DescribeWeekly(Recurrence recurrence)
    {
        var days = EnglishWords.MondayFirst(recurrence.Weekdays
            .Where(d => !(recurrence.BusinessDaysOnly && WallClockRules.IsWeekend(d)))).ToList();
        var phrase = days.Count switch
        {
            7 => "Every day",
            5 when days.SequenceEqual(MondayToFriday) => "Every Monday to Friday",
            _ => "Every " + EnglishWords.List(days.Select(EnglishWords.Day).ToList()),
        };
        return phrase + At(recurrence);
    }

    private static string DescribeMonthly(Recurrence recurrence)
    {
        var day = recurrence.LastDayOfMonth || recurrence.DayOfMonth is not { } dayOfMonth
            ? "On the last day of every month"
            : dayOfMonth >= 29
                ? $"On the {EnglishWords.Ordinal(dayOfMonth)} of every month (the last day in shorter months)"
                : $"On the {EnglishWords.Ordinal(dayOfMonth)} of every month";
        return day + At(recurrence) + (recurrence.BusinessDaysOnly ? ", business days only" : "");
    }

    private static string DescribeBounds(Recurrence recurrence) => (recurrence.StartDate, recurrence.EndDate) switch
    {
        ({ } start, { } end) => $", from {EnglishWords.Date(start)} until {EnglishWords.Date(end)}",
        ({ } start, null) => $", from {EnglishWords.Date(start)}",
        (null, { } end) => $", until {EnglishWords.Date(end)}",
        _ => "",
    };
}
