using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ReportGraph.Host.Data;

/// <summary>Recognises "this row already exists" from either provider, so a duplicate claim can be a quiet no-op.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;
    private const string PostgresUniqueViolation = "23505";

    /// <summary>Whether the save failed on a unique index or primary key.</summary>
    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && (sqlite.SqliteExtendedErrorCode is 2067 or 1555), // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY
        PostgresException postgres => postgres.SqlState == PostgresUniqueViolation,
        _ => false,
    };
}
