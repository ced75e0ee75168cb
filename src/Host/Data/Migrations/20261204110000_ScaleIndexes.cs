using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReportGraph.Host.Data.Migrations;

/// <summary>
/// Version 5 of the store: two indexes on executions that the scale benchmark (bench/scale) showed are needed once
/// history is large — the history list reads newest first by CreatedAt (keyset paging), and retention looks for
/// the oldest finished executions. Without them both read the whole table. Only new indexes, so nodes still
/// running version 4 keep working while one node upgrades the store.
/// </summary>
[DbContext(typeof(ReportGraphDbContext))]
[Migration("20261204110000_ScaleIndexes")]
public sealed class ScaleIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex("ix_executions_created", "executions", ["CreatedAt", "Id"]);
        migrationBuilder.CreateIndex("ix_executions_finished", "executions", "FinishedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("ix_executions_finished", "executions");
        migrationBuilder.DropIndex("ix_executions_created", "executions");
    }
}
