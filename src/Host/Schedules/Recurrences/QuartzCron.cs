namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>Parses cron expressions with Quartz, fixed to UTC so Quartz applies no DST rules of its own.</summary>
internal static class QuartzCron
{
    /// <summary>Parses a Quartz expression (throws <see cref="FormatException"/> when it is invalid).</summary>
    public static Quartz.CronExpression Parse(string expression) =>
        Quartz.CronExpression.Parse(expression.Trim()).WithTimeZone(TimeZoneInfo.Utc);
}
