using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReportGraph.Host.Data.Migrations;

/// <summary>Version 1 of the store: users, API keys, schedules, recipients, executions, deliveries, artifacts, SMTP settings.</summary>
[DbContext(typeof(ReportGraphDbContext))]
[Migration("20261121000000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("users", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Email = t.Text(320, false),
            NormalizedEmail = t.Text(320, false),
            Name = t.Text(200, false),
            Role = t.Text(16, false),
            PasswordHash = t.Text(null, true),
            CreatedAt = t.Instant(migrationBuilder, false),
            SecurityStamp = t.Text(64, false),
        }, constraints: t => t.PrimaryKey("PK_users", x => x.Id));
        migrationBuilder.CreateIndex("ix_users_normalized_email", "users", "NormalizedEmail", unique: true);

        migrationBuilder.CreateTable("api_keys", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            Name = t.Text(200, false),
            Prefix = t.Text(32, false),
            KeyHash = t.Text(64, false),
            CreatedAt = t.Instant(migrationBuilder, false),
            LastUsedAt = t.Instant(migrationBuilder, true),
            RevokedAt = t.Instant(migrationBuilder, true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_api_keys", x => x.Id);
            t.ForeignKey("FK_api_keys_users_UserId", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("ix_api_keys_prefix", "api_keys", "Prefix", unique: true);
        migrationBuilder.CreateIndex("ix_api_keys_user_id", "api_keys", "UserId");

        migrationBuilder.CreateTable("schedules", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            OwnerId = t.Column<Guid>(nullable: false),
            Name = t.Text(200, false),
            Description = t.Text(2000, true),
            ReportTypeKey = t.Text(100, false),
            ParametersJson = t.Text(null, false),
            RecurrenceKind = t.Text(16, false),
            TimeOfDay = t.Column<TimeOnly>(nullable: true),
            Weekdays = t.Column<int>(nullable: false),
            DayOfMonth = t.Column<int>(nullable: true),
            LastDayOfMonth = t.Column<bool>(nullable: false),
            CronExpression = t.Text(200, true),
            BusinessDaysOnly = t.Column<bool>(nullable: false),
            StartDate = t.Column<DateOnly>(nullable: true),
            EndDate = t.Column<DateOnly>(nullable: true),
            TimeZoneId = t.Text(100, false),
            Formats = t.Text(100, false),
            SubjectTemplate = t.Text(500, false),
            Message = t.Text(4000, true),
            IsActive = t.Column<bool>(nullable: false),
            NextRunAt = t.Instant(migrationBuilder, true),
            LastRunAt = t.Instant(migrationBuilder, true),
            CreatedAt = t.Instant(migrationBuilder, false),
            UpdatedAt = t.Instant(migrationBuilder, false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_schedules", x => x.Id);
            t.ForeignKey("FK_schedules_users_OwnerId", x => x.OwnerId, "users", "Id", onDelete: ReferentialAction.Restrict);
        });
        migrationBuilder.CreateIndex("ix_schedules_active_next_run", "schedules", ["IsActive", "NextRunAt"]);
        migrationBuilder.CreateIndex("ix_schedules_owner_id", "schedules", "OwnerId");

        migrationBuilder.CreateTable("recipients", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ScheduleId = t.Column<Guid>(nullable: false),
            Email = t.Text(320, false),
            NormalizedEmail = t.Text(320, false),
            DisplayName = t.Text(200, true),
            IsSubscribed = t.Column<bool>(nullable: false),
            UnsubscribeToken = t.Text(64, false),
            AddedAt = t.Instant(migrationBuilder, false),
            UnsubscribedAt = t.Instant(migrationBuilder, true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_recipients", x => x.Id);
            t.ForeignKey("FK_recipients_schedules_ScheduleId", x => x.ScheduleId, "schedules", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("ix_recipients_schedule_email", "recipients", ["ScheduleId", "NormalizedEmail"], unique: true);
        migrationBuilder.CreateIndex("ix_recipients_unsubscribe_token", "recipients", "UnsubscribeToken", unique: true);
        migrationBuilder.CreateIndex("ix_recipients_normalized_email", "recipients", "NormalizedEmail");

        migrationBuilder.CreateTable("executions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ScheduleId = t.Column<Guid>(nullable: false),
            Trigger = t.Text(16, false),
            Status = t.Text(16, false),
            ScheduledFor = t.Instant(migrationBuilder, false),
            CreatedAt = t.Instant(migrationBuilder, false),
            StartedAt = t.Instant(migrationBuilder, true),
            FinishedAt = t.Instant(migrationBuilder, true),
            DurationMs = t.Column<long>(nullable: true),
            RowCount = t.Column<long>(nullable: true),
            ErrorMessage = t.Text(4000, true),
            RequestedById = t.Column<Guid>(nullable: true),
            LeaseOwner = t.Text(200, true),
            LeaseExpiresAt = t.Instant(migrationBuilder, true),
            Attempt = t.Column<int>(nullable: false),
            PeriodStart = t.Instant(migrationBuilder, true),
            PeriodEnd = t.Instant(migrationBuilder, true),
            PeriodLabel = t.Text(200, true),
            ReportVersion = t.Text(50, true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_executions", x => x.Id);
            t.ForeignKey("FK_executions_schedules_ScheduleId", x => x.ScheduleId, "schedules", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("ix_executions_occurrence", "executions", ["ScheduleId", "Trigger", "ScheduledFor"], unique: true);
        migrationBuilder.CreateIndex("ix_executions_schedule_created", "executions", ["ScheduleId", "CreatedAt"]);
        migrationBuilder.CreateIndex("ix_executions_status_lease", "executions", ["Status", "LeaseExpiresAt"]);

        migrationBuilder.CreateTable("deliveries", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ExecutionId = t.Column<Guid>(nullable: false),
            RecipientId = t.Column<Guid>(nullable: true),
            Email = t.Text(320, false),
            NormalizedEmail = t.Text(320, false),
            Status = t.Text(16, false),
            Attempts = t.Column<int>(nullable: false),
            LastReply = t.Text(2000, true),
            NextAttemptAt = t.Instant(migrationBuilder, true),
            SentAt = t.Instant(migrationBuilder, true),
            MessageId = t.Text(300, true),
            UpdatedAt = t.Instant(migrationBuilder, false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_deliveries", x => x.Id);
            t.ForeignKey("FK_deliveries_executions_ExecutionId", x => x.ExecutionId, "executions", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("ix_deliveries_execution_email", "deliveries", ["ExecutionId", "NormalizedEmail"], unique: true);
        migrationBuilder.CreateIndex("ix_deliveries_status_next_attempt", "deliveries", ["Status", "NextAttemptAt"]);

        migrationBuilder.CreateTable("artifacts", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ExecutionId = t.Column<Guid>(nullable: false),
            Format = t.Text(16, false),
            FileName = t.Text(300, false),
            ContentType = t.Text(200, false),
            SizeBytes = t.Column<long>(nullable: false),
            Sha256 = t.Text(64, false),
            StoragePath = t.Text(500, false),
            CreatedAt = t.Instant(migrationBuilder, false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_artifacts", x => x.Id);
            t.ForeignKey("FK_artifacts_executions_ExecutionId", x => x.ExecutionId, "executions", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("ix_artifacts_execution_id", "artifacts", "ExecutionId");

        migrationBuilder.CreateTable("smtp_settings", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            OwnerId = t.Column<Guid>(nullable: false),
            Host = t.Text(255, false),
            Port = t.Column<int>(nullable: false),
            Security = t.Text(16, false),
            UserName = t.Text(320, true),
            EncryptedPassword = t.Text(4000, true),
            FromAddress = t.Text(320, false),
            FromName = t.Text(200, true),
            UpdatedAt = t.Instant(migrationBuilder, false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_smtp_settings", x => x.Id);
            t.ForeignKey("FK_smtp_settings_users_OwnerId", x => x.OwnerId, "users", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("ix_smtp_settings_owner_id", "smtp_settings", "OwnerId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "smtp_settings", "artifacts", "deliveries", "executions", "recipients", "schedules", "api_keys", "users" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
