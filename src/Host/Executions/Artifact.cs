using ReportGraph.Abstractions;

namespace ReportGraph.Host.Executions;

/// <summary>A rendered file of an execution, stored under the storage folder.</summary>
public sealed class Artifact
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ExecutionId { get; set; }
    public Execution? Execution { get; set; }
    public ReportFormat Format { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public required string Sha256 { get; set; }
    /// <summary>Path relative to the storage folder.</summary>
    public required string StoragePath { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Of a personalised schedule: the effective parameters (JSON) this file was generated with; null otherwise.</summary>
    public string? ParameterSet { get; set; }
}
