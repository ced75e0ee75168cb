using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;
using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Schedules;

/// <summary>
/// The schedule editor's preview: the next runs of a recurrence as the scheduler will compute them, so DST and
/// month-end rules are the server's and never re-implemented in the browser.
/// </summary>
[ExtendObjectType("Query")]
public sealed class RecurrencePreviewQueries
{
    /// <summary>Most occurrences one preview returns.</summary>
    public const int MaxCount = 20;

    /// <summary>
    /// The next occurrences (default 5, at most 20) of a recurrence in a time zone, with its description, without
    /// saving anything; problems come back as errors with the same paths createSchedule uses (recurrence.timeOfDay,
    /// timeZone).
    /// </summary>
    /// <param name="recurrence">The recurrence to preview, as createSchedule takes it.</param>
    /// <param name="timeZone">The IANA time zone the recurrence runs in, e.g. Europe/Berlin.</param>
    /// <param name="count">How many occurrences to return: 1 to 20.</param>
    public RecurrencePreview PreviewRecurrence(
        RecurrenceInput recurrence, string timeZone, IResolverContext context,
        [Service] ScheduleValidator validator, [Service] TimeProvider clock, int count = 5)
    {
        context.RequireCaller();
        var errors = new List<InputError>();
        if (count is < 1 or > MaxCount)
        {
            errors.Add(new(["count"], InputErrorCodes.OutOfRange, $"count must be between 1 and {MaxCount}; got {count}."));
        }

        var (rule, zoneId) = validator.CheckRecurrence(recurrence, timeZone, errors);
        if (errors.Count > 0 || rule is null || zoneId is null)
        {
            return new RecurrencePreview(null, [], errors);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var occurrences = new List<DateTimeOffset>(count);
        var cursor = clock.GetUtcNow();
        while (occurrences.Count < count && RecurrenceCalendar.Next(rule, zone, cursor) is { } next)
        {
            occurrences.Add(next);
            cursor = next;
        }

        return new RecurrencePreview(RecurrenceDescriber.Describe(rule), occurrences, errors);
    }
}

/// <summary>What a recurrence would do, or why it cannot be saved.</summary>
public sealed class RecurrencePreview(string? description, IReadOnlyList<DateTimeOffset> occurrences, IReadOnlyList<InputError> errors)
    : Payload(errors)
{
    /// <summary>The recurrence in words, e.g. "Every Monday at 08:00"; null when it has errors.</summary>
    public string? Description { get; } = description;

    /// <summary>The next runs, in order, with the time zone's offset; empty when it has errors.</summary>
    public IReadOnlyList<DateTimeOffset> Occurrences { get; } = occurrences;
}
