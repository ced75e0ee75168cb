using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Postgres;

/// <summary>All PostgreSQL tests share one throwaway server; each class makes its own database on it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection's name, for <c>[Collection]</c>.</summary>
    public const string Name = "PostgreSQL server";
}
