using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace ReportGraph.Host.Data.Migrations;

/// <summary>
/// Column shapes that differ per provider, for migrations written by hand (there is no EF design package
/// here to scaffold them). Instants are UTC ticks on SQLite (see <see cref="UtcTicksConverter"/>) and
/// timestamptz on PostgreSQL.
/// </summary>
internal static class PortableColumns
{
    public static bool IsSqlite(this MigrationBuilder builder) =>
        builder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";

    public static OperationBuilder<AddColumnOperation> Instant(this ColumnsBuilder table, MigrationBuilder builder, bool nullable) =>
        builder.IsSqlite()
            ? table.Column<long>(type: "INTEGER", nullable: nullable)
            : table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: nullable);

    public static OperationBuilder<AddColumnOperation> Text(this ColumnsBuilder table, int? maxLength, bool nullable) =>
        table.Column<string>(maxLength: maxLength, nullable: nullable);
}
