using System.Data.Common;

namespace ReportGraph.Abstractions;

/// <summary>The named ADO.NET data sources configured in the host.</summary>
public interface IReportDataSources
{
    /// <summary>The names of the configured data sources.</summary>
    IReadOnlyCollection<string> Names { get; }

    /// <summary>
    /// Opens a new connection to the named data source. The caller disposes it.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No data source has that name.</exception>
    Task<DbConnection> OpenAsync(string name, CancellationToken cancellationToken);
}
