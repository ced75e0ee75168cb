using ReportGraph.Host.Tests.Api;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Postgres;

/// <summary>
/// The execution-history paging checks on PostgreSQL, where nulls sort last ascending by default and instants are
/// compared as timestamptz: the keyset order and cursors must give the same pages as on SQLite.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHistoryPagingTests(PostgresServer server) : HistoryPagingChecks
{
    protected override ApiHost CreateHost() => new(new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSQL",
        ["Database:ConnectionString"] = server.ConnectionString($"paging_{Guid.NewGuid():N}"),
        ["Executions:PollInterval"] = "00:10:00",
    });
}
