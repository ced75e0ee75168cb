using System.Data.Common;
using Microsoft.Data.Sqlite;
using ReportGraph.Abstractions;

namespace ReportGraph.Plugins.Tests;

/// <summary>A real <see cref="IReportDataSources"/> over SQLite files, keyed by data source name.</summary>
internal sealed class SqliteDataSources(IReadOnlyDictionary<string, string> filesByName) : IReportDataSources
{
    /// <summary>How many connections were opened; shows that each enumeration runs its query again.</summary>
    public int OpenCount;

    public IReadOnlyCollection<string> Names => filesByName.Keys.ToList();

    public async Task<DbConnection> OpenAsync(string name, CancellationToken cancellationToken)
    {
        if (!filesByName.TryGetValue(name, out var file)) throw new KeyNotFoundException($"No data source named '{name}'.");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync(cancellationToken);
        Interlocked.Increment(ref OpenCount);
        return connection;
    }
}
