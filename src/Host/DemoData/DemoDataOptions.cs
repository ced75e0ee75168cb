using System.ComponentModel.DataAnnotations;

namespace ReportGraph.Host.DemoData;

/// <summary>Configuration section <c>Demo</c> (<c>Demo:SeedSchedules</c> is read by the schedules seeder).</summary>
public sealed class DemoDataOptions
{
    /// <summary>Whether the demo data source <c>demo.db</c> is created in the data folder on first start.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether the demo data is brought up to today at every start and daily after midnight (UTC).</summary>
    public bool Refresh { get; set; } = true;

    /// <summary>How long a refresh waits when another process holds the demo database's write lock.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Demo:RefreshLockTimeout must be from 00:00:01 to 00:10:00.")]
    public TimeSpan RefreshLockTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
