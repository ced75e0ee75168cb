using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReportGraph.Host.Data.Migrations;

/// <summary>
/// Schedules post to webhooks (Slack, Teams, signed JSON) besides email: the <c>schedule_webhooks</c> table, and on
/// deliveries the channel, the webhook, a readable target and the body kept for retries.
/// </summary>
[DbContext(typeof(ReportGraphDbContext))]
[Migration("20261203140000_Webhooks")]
public sealed class Webhooks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("schedule_webhooks", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ScheduleId = t.Column<Guid>(nullable: false),
            Kind = t.Text(16, false),
            Name = t.Text(200, false),
            Url = t.Text(2000, false),
            EncryptedSecret = t.Text(2000, true),
            AddedAt = t.Instant(migrationBuilder, false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_schedule_webhooks", x => x.Id);
            t.ForeignKey("FK_schedule_webhooks_schedules_ScheduleId", x => x.ScheduleId, "schedules", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("ix_schedule_webhooks_schedule_id", "schedule_webhooks", "ScheduleId");

        // Every delivery before this version was an email.
        migrationBuilder.AddColumn<string>("Channel", "deliveries", maxLength: 16, nullable: false, defaultValue: "Email");
        migrationBuilder.AddColumn<Guid>("WebhookId", "deliveries", nullable: true);
        migrationBuilder.AddColumn<string>("Target", "deliveries", maxLength: 300, nullable: true);
        migrationBuilder.AddColumn<string>("Payload", "deliveries", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("Payload", "deliveries");
        migrationBuilder.DropColumn("Target", "deliveries");
        migrationBuilder.DropColumn("WebhookId", "deliveries");
        migrationBuilder.DropColumn("Channel", "deliveries");
        migrationBuilder.DropTable("schedule_webhooks");
    }
}
