using System.ComponentModel.DataAnnotations;

namespace ReportGraph.Host.Executions;

/// <summary>Configuration section <c>Retention</c>: how long history and files are kept.</summary>
public sealed class RetentionOptions
{
    /// <summary>Executions (with their deliveries and artifacts) that finished longer ago than this are removed.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00", ErrorMessage = "Retention:MaxAge must be from 01:00:00 to 3650.00:00:00.")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often the retention job runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Retention:Interval must be from 00:00:01 to 7.00:00:00.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Whether this node runs the job.</summary>
    public bool Enabled { get; set; } = true;
}
