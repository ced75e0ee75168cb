using System.ComponentModel.DataAnnotations;

namespace ReportGraph.Host.Data;

/// <summary>Which database engine holds the store.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded file database; one node.</summary>
    Sqlite,
    /// <summary>PostgreSQL server; several nodes.</summary>
    PostgreSQL,
}

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (default) or <c>PostgreSQL</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ADO.NET connection string; <c>|DataDirectory|</c> expands to the data folder.</summary>
    [Required(ErrorMessage = "Database:ConnectionString is required, e.g. \"Data Source=|DataDirectory|/reportgraph.db\".")]
    public string ConnectionString { get; set; } = "Data Source=|DataDirectory|/reportgraph.db";
}
