using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReportGraph.Host.Data.Migrations;

/// <summary>
/// Version 3 of the store: a delivery that keeps meeting transient failures waits in the store for its next attempt
/// (the existing <c>NextAttemptAt</c> and <c>Attempts</c>) until <c>RetryUntil</c>, when it is given up.
/// </summary>
[DbContext(typeof(ReportGraphDbContext))]
[Migration("20261203100000_DurableDeliveryRetries")]
public sealed class DurableDeliveryRetries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Null until the first transient failure; rows of earlier versions never retried durably.
        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.AddColumn<long>("RetryUntil", "deliveries", type: "INTEGER", nullable: true);
        }
        else
        {
            migrationBuilder.AddColumn<DateTimeOffset>("RetryUntil", "deliveries", type: "timestamp with time zone", nullable: true);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("RetryUntil", "deliveries");
    }
}
