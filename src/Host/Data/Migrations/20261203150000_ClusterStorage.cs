using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ReportGraph.Host.Data.Migrations;

/// <summary>
/// Version 4 of the store: what several nodes share through it — the Data Protection key ring and artifact files
/// in chunks. Only new tables, so nodes still running version 3 keep working while one node upgrades the store.
/// </summary>
[DbContext(typeof(ReportGraphDbContext))]
[Migration("20261203150000_ClusterStorage")]
public sealed class ClusterStorage : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("data_protection_keys", t => new
        {
            Id = t.Column<int>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            FriendlyName = t.Column<string>(nullable: true),
            Xml = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_data_protection_keys", x => x.Id));

        migrationBuilder.CreateTable("artifact_chunks", t => new
        {
            ArtifactId = t.Column<Guid>(nullable: false),
            Sequence = t.Column<int>(nullable: false),
            Data = t.Column<byte[]>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_artifact_chunks", x => new { x.ArtifactId, x.Sequence });
            t.ForeignKey("FK_artifact_chunks_artifacts_ArtifactId", x => x.ArtifactId, "artifacts", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("artifact_chunks");
        migrationBuilder.DropTable("data_protection_keys");
    }
}
