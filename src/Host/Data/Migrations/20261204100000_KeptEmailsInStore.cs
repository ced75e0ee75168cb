using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReportGraph.Host.Data.Migrations;

/// <summary>
/// Emails waiting for a retry kept in the store (<c>Storage:Artifacts=Database</c>) instead of the node's data folder,
/// so another node can send them when the first is gone. Only a new table: nodes still running the previous version
/// keep working (their waiting emails stay in their folders and are still read from there).
/// </summary>
[DbContext(typeof(ReportGraphDbContext))]
[Migration("20261204100000_KeptEmailsInStore")]
public sealed class KeptEmailsInStore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("delivery_email_chunks", t => new
        {
            DeliveryId = t.Column<Guid>(nullable: false),
            Sequence = t.Column<int>(nullable: false),
            Data = t.Column<byte[]>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_delivery_email_chunks", x => new { x.DeliveryId, x.Sequence });
            t.ForeignKey("FK_delivery_email_chunks_deliveries_DeliveryId", x => x.DeliveryId, "deliveries", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("delivery_email_chunks");
}
