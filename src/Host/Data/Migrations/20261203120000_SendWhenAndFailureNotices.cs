using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReportGraph.Host.Data.Migrations;

/// <summary>
/// Send conditions and failure notices: a schedule's <c>sendWhen</c>, its run of failures and why it paused itself; an
/// execution's condition value and reason, and when its owner was told it failed.
/// </summary>
[DbContext(typeof(ReportGraphDbContext))]
[Migration("20261203120000_SendWhenAndFailureNotices")]
public sealed class SendWhenAndFailureNotices : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Every schedule saved before this version sends every run.
        migrationBuilder.AddColumn<string>("SendWhen", "schedules", maxLength: 16, nullable: false, defaultValue: "Always");
        migrationBuilder.AddColumn<string>("SendWhenKpi", "schedules", maxLength: 100, nullable: true);
        migrationBuilder.AddColumn<string>("SendWhenOperator", "schedules", maxLength: 8, nullable: true);
        migrationBuilder.AddColumn<double>("SendWhenThreshold", "schedules", nullable: true);
        migrationBuilder.AddColumn<int>("ConsecutiveFailures", "schedules", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<string>("PausedReason", "schedules", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<double>("ConditionValue", "executions", nullable: true);
        migrationBuilder.AddColumn<string>("ConditionReason", "executions", maxLength: 500, nullable: true);
        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.AddColumn<long>("OwnerNotifiedAt", "executions", type: "INTEGER", nullable: true);
        }
        else
        {
            migrationBuilder.AddColumn<DateTimeOffset>("OwnerNotifiedAt", "executions", type: "timestamp with time zone", nullable: true);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("OwnerNotifiedAt", "executions");
        migrationBuilder.DropColumn("ConditionReason", "executions");
        migrationBuilder.DropColumn("ConditionValue", "executions");
        migrationBuilder.DropColumn("PausedReason", "schedules");
        migrationBuilder.DropColumn("ConsecutiveFailures", "schedules");
        migrationBuilder.DropColumn("SendWhenThreshold", "schedules");
        migrationBuilder.DropColumn("SendWhenOperator", "schedules");
        migrationBuilder.DropColumn("SendWhenKpi", "schedules");
        migrationBuilder.DropColumn("SendWhen", "schedules");
    }
}
