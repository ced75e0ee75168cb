using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using ReportGraph.Abstractions;

namespace ReportGraph.Plugins.Shared;

/// <summary>
/// Data access of the sample plugins: the <c>demo</c> data source through plain ADO.NET, parameterised SQL only.
/// Compiled into each sample plugin (linked source), so each stays a self-contained drop-in assembly.
/// </summary>
internal static class DemoSql
{
    /// <summary>The data source the sample plugins read.</summary>
    public const string DataSourceName = "demo";

    /// <summary>Opens the demo data source, explaining the failure when the host does not offer it.</summary>
    public static async Task<DbConnection> OpenAsync(IReportDataSources sources, CancellationToken cancellationToken)
    {
        try
        {
            return await sources.OpenAsync(DataSourceName, cancellationToken);
        }
        catch (KeyNotFoundException e)
        {
            var known = sources.Names.Count == 0 ? "none" : string.Join(", ", sources.Names);
            throw new InvalidOperationException(
                $"This report reads the data source '{DataSourceName}', which the host does not configure (configured: {known}).", e);
        }
    }

    /// <summary>A command with named parameters (<c>@name</c>); values are bound, never spliced into the SQL.</summary>
    public static DbCommand Command(DbConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        return command;
    }

    /// <summary>Runs a query and maps every row; for small result sets needed up front (KPIs, charts).</summary>
    public static async Task<List<T>> ListAsync<T>(DbConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> parameters,
        Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) list.Add(map(reader));
        return list;
    }

    /// <summary>
    /// Streams the rows of a query. Each enumeration opens its own connection and runs the query again,
    /// as <see cref="ReportTable.Rows"/> requires.
    /// </summary>
    public static async IAsyncEnumerable<object?[]> StreamAsync(IReportDataSources sources, string sql,
        IReadOnlyList<(string Name, object? Value)> parameters, Func<DbDataReader, object?[]> map,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = await OpenAsync(sources, cancellationToken);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return map(reader);
    }

    /// <summary>The ISO text (<c>yyyy-MM-dd</c>) the demo schema stores dates as.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads an ISO date column.</summary>
    public static DateOnly GetDate(this DbDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads a whole-number column of any integer width; null when the value is NULL.</summary>
    public static long? GetInt64OrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>Reads a number column as double; null when the value is NULL.</summary>
    public static double? GetDoubleOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>A ratio, or null when the denominator is zero.</summary>
    public static double? Ratio(long numerator, long denominator) => denominator == 0 ? null : (double)numerator / denominator;
}
