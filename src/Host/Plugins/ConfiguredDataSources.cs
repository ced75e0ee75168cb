using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using ReportGraph.Abstractions;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Plugins;

/// <summary>The data sources of the <c>DataSources</c> configuration section, offered to plugins by name.</summary>
public sealed class ConfiguredDataSources : IReportDataSources
{
    private readonly Dictionary<string, (DbProviderFactory Factory, string ConnectionString)> _sources;

    /// <summary>Reads the configured sources; an unknown provider is an error naming the source.</summary>
    public ConfiguredDataSources(IOptions<Dictionary<string, DataSourceOptions>> options, DataDirectory dataDirectory)
    {
        _sources = new(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, source) in options.Value)
        {
            DbProviderFactory factory = source.Provider.ToUpperInvariant() switch
            {
                "SQLITE" => SqliteFactory.Instance,
                "POSTGRESQL" or "NPGSQL" => NpgsqlFactory.Instance,
                _ => throw new InvalidOperationException(
                    $"DataSources:{name}:Provider '{source.Provider}' is not supported; use Sqlite or PostgreSQL."),
            };
            _sources[name] = (factory, dataDirectory.Expand(source.ConnectionString));
        }
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> Names => _sources.Keys;

    /// <inheritdoc />
    public async Task<DbConnection> OpenAsync(string name, CancellationToken cancellationToken)
    {
        if (!_sources.TryGetValue(name, out var source))
        {
            throw new KeyNotFoundException(
                $"No data source named '{name}' is configured; configured: {string.Join(", ", _sources.Keys)}.");
        }

        var connection = source.Factory.CreateConnection()!;
        connection.ConnectionString = source.ConnectionString;
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
