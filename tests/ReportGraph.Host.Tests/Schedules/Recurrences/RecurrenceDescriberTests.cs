using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Tests.Schedules.Recurrences;

/// <summary>What a person reads next to a schedule, and what the API answers when asked to explain a cron.</summary>
public sealed class RecurrenceDescriberTests
{
    public static TheoryData<Recurrence, string> Rules => new()
    {
        { Recurrence.Daily(new TimeOnly(8, 0)), "Every day at 08:00" },
        { Recurrence.Daily(new TimeOnly(8, 0)) with { BusinessDaysOnly = true }, "Every business day (Monday to Friday) at 08:00" },
        { Recurrence.Weekly(new TimeOnly(7, 30), DayOfWeek.Thursday, DayOfWeek.Monday), "Every Monday and Thursday at 07:30" },
        { Recurrence.Weekly(new TimeOnly(7, 30), DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Friday), "Every Monday, Friday and Sunday at 07:30" },
        { Recurrence.Weekly(new TimeOnly(6, 0), DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday), "Every Monday to Friday at 06:00" },
        { Recurrence.Weekly(new TimeOnly(6, 0), DayOfWeek.Saturday, DayOfWeek.Tuesday) with { BusinessDaysOnly = true }, "Every Tuesday at 06:00" },
        { Recurrence.Weekly(new TimeOnly(6, 0, 30), Enum.GetValues<DayOfWeek>()), "Every day at 06:00:30" },
        { Recurrence.MonthlyOnLastDay(new TimeOnly(18, 0)) with { BusinessDaysOnly = true }, "On the last day of every month at 18:00, business days only" },
        { Recurrence.Monthly(1, new TimeOnly(9, 0)), "On the 1st of every month at 09:00" },
        { Recurrence.Monthly(22, new TimeOnly(9, 0)), "On the 22nd of every month at 09:00" },
        { Recurrence.Monthly(31, new TimeOnly(9, 0)), "On the 31st of every month (the last day in shorter months) at 09:00" },
        { Recurrence.Daily(new TimeOnly(8, 0)) with { StartDate = new DateOnly(2026, 12, 1), EndDate = new DateOnly(2027, 3, 31) }, "Every day at 08:00, from 1 December 2026 until 31 March 2027" },
        { Recurrence.Daily(new TimeOnly(8, 0)) with { EndDate = new DateOnly(2027, 3, 31) }, "Every day at 08:00, until 31 March 2027" },
        { Recurrence.Cron("0 0 12 * * ?") with { BusinessDaysOnly = true }, "Every day at 12:00, business days only" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rules_read_as_plain_english(Recurrence recurrence, string expected) =>
        Assert.Equal(expected, RecurrenceDescriber.Describe(recurrence));

    [Theory]
    [InlineData("0 0 8 * * ?", "Every day at 08:00")]
    [InlineData("0 30 7 ? * MON-FRI", "Every Monday to Friday at 07:30")]
    [InlineData("0 30 7 ? * 2-6", "Every Monday to Friday at 07:30")]
    [InlineData("0 0 8 ? * MON,THU", "Every Monday and Thursday at 08:00")]
    [InlineData("15,45 30 8 ? * MON", "Every Monday at 08:30:15 and 08:30:45")]
    [InlineData("0 0 8,12,18 * * ?", "Every day at 08:00, 12:00 and 18:00")]
    [InlineData("0 0 18 L * ?", "On the last day of every month at 18:00")]
    [InlineData("0 0 18 LW * ?", "On the last weekday (Monday to Friday) of every month at 18:00")]
    [InlineData("0 0 18 L-3 * ?", "3 days before the last day of every month at 18:00")]
    [InlineData("0 0 9 1,15 * ?", "On the 1st and 15th of every month at 09:00")]
    [InlineData("0 0 9 15W * ?", "On the weekday nearest the 15th of every month at 09:00")]
    [InlineData("0 0 8 ? * 2#1", "On the first Monday of every month at 08:00")]
    [InlineData("0 0 8 ? * FRI#3", "On the third Friday of every month at 08:00")]
    [InlineData("0 0 8 ? * 6L", "On the last Friday of every month at 08:00")]
    [InlineData("0 0 8 1 1 ?", "On 1 January at 08:00")]
    [InlineData("0 0 8 1 JAN,JUL ?", "On the 1st of January and July at 08:00")]
    [InlineData("0 0 8 * 6-8 ?", "Every day in June to August at 08:00")]
    [InlineData("0 0 8 1 1 ? 2027", "On 1 January at 08:00, in 2027")]
    [InlineData("0 0/15 * * * ?", "Every 15 minutes")]
    [InlineData("0 */15 * * * ?", "Every 15 minutes")]
    [InlineData("0 0/30 9-17 ? * MON-FRI", "Every 30 minutes from 09:00 to 17:30, every Monday to Friday")]
    [InlineData("0 0 * * * ?", "Every hour on the hour")]
    [InlineData("0 15 * * * ?", "Every hour at 15 minutes past")]
    [InlineData("0 0 9-17 ? * MON-FRI", "Every hour from 09:00 to 17:00, every Monday to Friday")]
    [InlineData("0 0 0/6 * * ?", "Every 6 hours from 00:00 to 18:00")]
    [InlineData("0 * * * * ?", "Every minute")]
    [InlineData("*/30 * * * * ?", "Every 30 seconds")]
    [InlineData("* * * ? * *", "Every second")]
    [InlineData("@daily", "Every day at 00:00")]
    [InlineData("0 5-10 8 * * ?", "Every day at 08:05, 08:06, 08:07, 08:08, 08:09 and 08:10")]
    [InlineData("0 5-20 8 * * ?", "At second 0, minutes 5 to 20 and hour 8")]
    public void Cron_is_explained_in_words(string cron, string expected) =>
        Assert.Equal(expected, RecurrenceDescriber.DescribeCron(cron));

    [Fact]
    public void Invalid_input_is_described_as_invalid_with_the_reason()
    {
        Assert.StartsWith("Invalid cron expression 'nope': ", RecurrenceDescriber.DescribeCron("nope"));
        Assert.StartsWith("Invalid recurrence: recurrence.weekdays must name at least one day", RecurrenceDescriber.Describe(Recurrence.Weekly(new TimeOnly(8, 0))));
    }
}
