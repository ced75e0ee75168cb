using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReportGraph.Host.Data.Migrations;

/// <summary>
/// Personalised schedules: a recipient may carry their own parameter values, and the artifacts and deliveries of a run
/// record the parameter set they belong to, so the history shows which reader got which report.
/// </summary>
[DbContext(typeof(ReportGraphDbContext))]
[Migration("20261203130000_PersonalisedSchedules")]
public sealed class PersonalisedSchedules : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Null everywhere before this version: every reader got the schedule's report.
        migrationBuilder.AddColumn<string>("ParametersJson", "recipients", nullable: true);
        migrationBuilder.AddColumn<string>("ParameterSet", "artifacts", nullable: true);
        migrationBuilder.AddColumn<string>("ParameterSet", "deliveries", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("ParameterSet", "deliveries");
        migrationBuilder.DropColumn("ParameterSet", "artifacts");
        migrationBuilder.DropColumn("ParametersJson", "recipients");
    }
}
