namespace ReportGraph.Host.Plugins;

/// <summary>
/// One entry of the configuration section <c>DataSources</c>, e.g.
/// <c>"DataSources": { "demo": { "Provider": "Sqlite", "ConnectionString": "Data Source=|DataDirectory|/demo.db" } }</c>.
/// </summary>
public sealed class DataSourceOptions
{
    /// <summary><c>Sqlite</c> or <c>PostgreSQL</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>ADO.NET connection string; <c>|DataDirectory|</c> expands to the data folder.</summary>
    public string ConnectionString { get; set; } = "";
}
