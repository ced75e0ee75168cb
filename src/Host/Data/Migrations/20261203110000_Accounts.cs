using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReportGraph.Host.Data.Migrations;

/// <summary>Version 3 of the store: server-side sessions, one-time tokens (invitations, password resets), disabled users and sign-in slow-down.</summary>
[DbContext(typeof(ReportGraphDbContext))]
[Migration("20261203110000_Accounts")]
public sealed class Accounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("FailedSignIns", "users", nullable: false, defaultValue: 0);
        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.AddColumn<long>("DisabledAt", "users", type: "INTEGER", nullable: true);
            migrationBuilder.AddColumn<long>("SignInBlockedUntil", "users", type: "INTEGER", nullable: true);
        }
        else
        {
            migrationBuilder.AddColumn<DateTimeOffset>("DisabledAt", "users", type: "timestamp with time zone", nullable: true);
            migrationBuilder.AddColumn<DateTimeOffset>("SignInBlockedUntil", "users", type: "timestamp with time zone", nullable: true);
        }

        migrationBuilder.CreateTable("sessions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            TokenHash = t.Text(64, false),
            CreatedAt = t.Instant(migrationBuilder, false),
            LastSeenAt = t.Instant(migrationBuilder, false),
            ExpiresAt = t.Instant(migrationBuilder, false),
            UserAgent = t.Text(256, true),
            ClientAddress = t.Text(64, true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_sessions", x => x.Id);
            t.ForeignKey("FK_sessions_users_UserId", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("ix_sessions_token_hash", "sessions", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("ix_sessions_user_id", "sessions", "UserId");
        migrationBuilder.CreateIndex("ix_sessions_expires_at", "sessions", "ExpiresAt");

        migrationBuilder.CreateTable("one_time_tokens", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            Purpose = t.Text(16, false),
            TokenHash = t.Text(64, false),
            CreatedAt = t.Instant(migrationBuilder, false),
            ExpiresAt = t.Instant(migrationBuilder, false),
            UsedAt = t.Instant(migrationBuilder, true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_one_time_tokens", x => x.Id);
            t.ForeignKey("FK_one_time_tokens_users_UserId", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("ix_one_time_tokens_token_hash", "one_time_tokens", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("ix_one_time_tokens_user_id", "one_time_tokens", "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("one_time_tokens");
        migrationBuilder.DropTable("sessions");
        migrationBuilder.DropColumn("SignInBlockedUntil", "users");
        migrationBuilder.DropColumn("DisabledAt", "users");
        migrationBuilder.DropColumn("FailedSignIns", "users");
    }
}
