using System.ComponentModel.DataAnnotations;

namespace ReportGraph.Host.Executions;

/// <summary>Configuration section <c>Executions</c>: how reports run on this node.</summary>
public sealed class ExecutionOptions
{
    /// <summary>Name of this node in leases; defaults to machine name and process id.</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>
    /// How many executions this node runs at once. Default: two per core (at least 2, at most 16): an execution
    /// waits on the store and the SMTP server about as long as it computes, so two per core keep the cores busy.
    /// </summary>
    [Range(1, 64, ErrorMessage = "Executions:MaxConcurrent must be from 1 to 64.")]
    public int MaxConcurrent { get; set; } = DefaultMaxConcurrent;

    /// <summary>The default of <see cref="MaxConcurrent"/> on this machine.</summary>
    public static int DefaultMaxConcurrent => Math.Clamp(Environment.ProcessorCount * 2, 2, 16);

    /// <summary>How long a plugin may take to produce its result and the files to render.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "06:00:00", ErrorMessage = "Executions:Timeout must be from 00:00:01 to 06:00:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a claim holds without a heartbeat; after that another node (or this one after a restart) takes over.</summary>
    [Range(typeof(TimeSpan), "00:00:02", "01:00:00", ErrorMessage = "Executions:LeaseDuration must be from 00:00:02 to 01:00:00.")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the worker looks for queued or abandoned executions when nothing signals it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00", ErrorMessage = "Executions:PollInterval must be from 00:00:00.050 to 00:10:00.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often an execution that keeps failing on recovery is retried before it is marked Failed.</summary>
    [Range(1, 20, ErrorMessage = "Executions:MaxAttempts must be from 1 to 20.")]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Culture for numbers and dates in documents and emails, e.g. en-GB.</summary>
    [Required(ErrorMessage = "Executions:Culture is required, e.g. en-GB.")]
    public string Culture { get; set; } = "en-GB";

    /// <summary>Rows shown in the email's table preview.</summary>
    [Range(0, 100, ErrorMessage = "Executions:PreviewRows must be from 0 to 100.")]
    public int PreviewRows { get; set; } = 10;

    /// <summary>How long previewReport's links work; the preview's files are removed after that.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Executions:PreviewLifetime must be from 00:00:01 to 1.00:00:00.")]
    public TimeSpan PreviewLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
