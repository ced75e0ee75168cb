using ReportGraph.Abstractions;

namespace ReportGraph.Host.Plugins;

/// <summary>
/// A report type as the host knows it: available with its definition, or unavailable with the reason
/// (missing file, corrupt assembly, no report definition, duplicate key, constructor failure, disabled).
/// </summary>
public sealed class ReportType
{
    private ReportType(string key, IReportDefinition? definition, string? unavailableReason, string source)
    {
        Key = key;
        Definition = definition;
        UnavailableReason = unavailableReason;
        Source = source;
    }

    /// <summary>The definition's key, or for a plugin that failed to load, a name derived from its file.</summary>
    public string Key { get; }

    /// <summary>The loaded definition; null when unavailable.</summary>
    public IReportDefinition? Definition { get; }

    /// <summary>Why the type cannot be used; null when available.</summary>
    public string? UnavailableReason { get; }

    /// <summary>The plugin assembly path it came from.</summary>
    public string Source { get; }

    /// <summary>Whether schedules can use it.</summary>
    public bool IsAvailable => Definition is not null;

    /// <summary>A loaded, usable type.</summary>
    public static ReportType Available(IReportDefinition definition, string source) => new(definition.Key, definition, null, source);

    /// <summary>A type that cannot be used, with the reason.</summary>
    public static ReportType Unavailable(string key, string reason, string source) => new(key, null, reason, source);
}
