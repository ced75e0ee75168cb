using System.ComponentModel.DataAnnotations;

namespace ReportGraph.Host.Scheduling;

/// <summary>Configuration section <c>Scheduler</c>.</summary>
public sealed class SchedulerOptions : IValidatableObject
{
    /// <summary>Default of <see cref="MaxConcurrency"/>: Quartz's own default pool size.</summary>
    public const int DefaultMaxConcurrency = 10;

    /// <summary>Whether this node fires schedules (a node may only serve the API).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// An occurrence missed while the service was down still runs (once) on start when it is at most this old;
    /// older ones are recorded as Missed. Never more than one catch-up run per schedule.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "Scheduler:MisfireGrace must be from 00:00:00 to 7.00:00:00.")]
    public TimeSpan MisfireGrace { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most missed occurrences recorded for one schedule after a long outage (the rest are summarised in the log).</summary>
    [Range(1, 10_000, ErrorMessage = "Scheduler:MaxMissedRecorded must be from 1 to 10000.")]
    public int MaxMissedRecorded { get; set; } = 100;

    /// <summary>When handling a due occurrence fails (e.g. the store is briefly unavailable), how long until the schedule fires again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "Scheduler:RetryDelay must be from 00:00:00.100 to 01:00:00.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Due occurrences this node handles at once (Quartz's thread pool). Handling one is short (queue the execution,
    /// set the next trigger); the report itself runs later on the execution queue (<c>Executions:MaxConcurrent</c>).
    /// </summary>
    [Range(1, 100, ErrorMessage = "Scheduler:MaxConcurrency must be from 1 to 100.")]
    public int MaxConcurrency { get; set; } = DefaultMaxConcurrency;

    /// <summary>
    /// Most due triggers this node takes from the store in one round (Quartz's batch acquisition); unset, the same as
    /// <see cref="MaxConcurrency"/>. Only triggers already due are taken, so nothing fires early.
    /// </summary>
    [Range(1, 100, ErrorMessage = "Scheduler:BatchSize must be from 1 to 100.")]
    public int? BatchSize { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Quartz refuses a batch larger than its pool: triggers taken beyond the threads to run them would be held
        // by this node, unfireable by any other, until the pool drains.
        if (BatchSize > MaxConcurrency)
        {
            yield return new ValidationResult(
                $"Scheduler:BatchSize must be from 1 to Scheduler:MaxConcurrency ({MaxConcurrency}) (got {BatchSize}).",
                [nameof(BatchSize)]);
        }
    }
}
