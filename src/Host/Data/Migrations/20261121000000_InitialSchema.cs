using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReportGraph.Host.Data.Migrations;

/// <summary>Version 1 of the store: users, API keys, schedules, recipients, executions, deliveries, artifacts, SMTP settings.</summary>
[DbContext(typeof(ReportGraphDbContext))]
[Migration("20261121000000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("users", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Email = t.Text(320, false),
            NormalizedEmail = t.Text(320, false),
            Name = t.Text(200, false),
            Role = t.Text(16, false),
            PasswordHash = t.Text(null, true),
            CreatedAt = t.Instant(m, false),
            SecurityStamp = t.Text(64, false),
        }, constraints: t => t.PrimaryKey("PK_users", x => x.Id));
        m.CreateIndex("ix_users_normalized_email", "users", "NormalizedEmail", unique: true);

        m.CreateTable("api_keys", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            Name = t.Text(200, false),
            Prefix = t.Text(32, false),
            KeyHash = t.Text(64, false),
            CreatedAt = t.Instant(m, false),
            LastUsedAt = t.Instant(m, true),
            RevokedAt = t.Instant(m, true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_api_keys", x => x.Id);
            t.ForeignKey("FK_api_keys_users_UserId", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_api_keys_prefix", "api_keys", "Prefix", unique: true);
        m.CreateIndex("ix_api_keys_user_id", "api_keys", "UserId");

        m.CreateTable("schedules", t => new
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
            NextRunAt = t.Instant(m, true),
            LastRunAt = t.Instant(m, true),
            CreatedAt = t.Instant(m, false),
            UpdatedAt = t.Instant(m, false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_schedules", x => x.Id);
            t.ForeignKey("FK_schedules_users_OwnerId", x => x.OwnerId, "users", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("ix_schedules_active_next_run", "schedules", ["IsActive", "NextRunAt"]);
        m.CreateIndex("ix_schedules_owner_id", "schedules", "OwnerId");

        m.CreateTable("recipients", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ScheduleId = t.Column<Guid>(nullable: false),
            Email = t.Text(320, false),
            NormalizedEmail = t.Text(320, false),
            DisplayName = t.Text(200, true),
            IsSubscribed = t.Column<bool>(nullable: false),
            UnsubscribeToken = t.Text(64, false),
            AddedAt = t.Instant(m, false),
            UnsubscribedAt = t.Instant(m, true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_recipients", x => x.Id);
            t.ForeignKey("FK_recipients_schedules_ScheduleId", x => x.ScheduleId, "schedules", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_recipients_schedule_email", "recipients", ["ScheduleId", "NormalizedEmail"], unique: true);
        m.CreateIndex("ix_recipients_unsubscribe_token", "recipients", "UnsubscribeToken", unique: true);
        m.CreateIndex("ix_recipients_normalized_email", "recipients", "NormalizedEmail");

        m.CreateTable("executions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ScheduleId = t.Column<Guid>(nullable: false),
            Trigger = t.Text(16, false),
            Status = t.Text(16, false),
            ScheduledFor = t.Instant(m, false),
            CreatedAt = t.Instant(m, false),
            StartedAt = t.Instant(m, true),
            FinishedAt = t.Instant(m, true),
            DurationMs = t.Column<long>(nullable: true),
            RowCount = t.Column<long>(nullable: true),
            ErrorMessage = t.Text(4000, true),
            RequestedById = t.Column<Guid>(nullable: true),
            LeaseOwner = t.Text(200, true),
            LeaseExpiresAt = t.Instant(m, true),
            Attempt = t.Column<int>(nullable: false),
            PeriodStart = t.Instant(m, true),
            PeriodEnd = t.Instant(m, true),
            PeriodLabel = t.Text(200, true),
            ReportVersion = t.Text(50, true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_executions", x => x.Id);
            t.ForeignKey("FK_executions_schedules_ScheduleId", x => x.ScheduleId, "schedules", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_executions_occurrence", "executions", ["ScheduleId", "Trigger", "ScheduledFor"], unique: true);
        m.CreateIndex("ix_executions_schedule_created", "executions", ["ScheduleId", "CreatedAt"]);
        m.CreateIndex("ix_executions_status_lease", "executions", ["Status", "LeaseExpiresAt"]);

        m.CreateTable("deliveries", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ExecutionId = t.Column<Guid>(nullable: false),
            RecipientId = t.Column<Guid>(nullable: true),
            Email = t.Text(320, false),
            NormalizedEmail = t.Text(320, false),
            Status = t.Text(16, false),
            Attempts = t.Column<int>(nullable: false),
            LastReply = t.Text(2000, true),
            NextAttemptAt = t.Instant(m, true),
            SentAt = t.Instant(m, true),
            MessageId = t.Text(300, true),
            UpdatedAt = t.Instant(m, false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_deliveries", x => x.Id);
            t.ForeignKey("FK_deliveries_executions_ExecutionId", x => x.ExecutionId, "executions", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_deliveries_execution_email", "deliveries", ["ExecutionId", "NormalizedEmail"], unique: true);
        m.CreateIndex("ix_deliveries_status_next_attempt", "deliveries", ["Status", "NextAttemptAt"]);

        m.CreateTable("artifacts", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ExecutionId = t.Column<Guid>(nullable: false),
            Format = t.Text(16, false),
            FileName = t.Text(300, false),
            ContentType = t.Text(200, false),
            SizeBytes = t.Column<long>(nullable: false),
            Sha256 = t.Text(64, false),
            StoragePath = t.Text(500, false),
            CreatedAt = t.Instant(m, false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_artifacts", x => x.Id);
            t.ForeignKey("FK_artifacts_executions_ExecutionId", x => x.ExecutionId, "executions", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_artifacts_execution_id", "artifacts", "ExecutionId");

        m.CreateTable("smtp_settings", t => new
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
            UpdatedAt = t.Instant(m, false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_smtp_settings", x => x.Id);
            t.ForeignKey("FK_smtp_settings_users_OwnerId", x => x.OwnerId, "users", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_smtp_settings_owner_id", "smtp_settings", "OwnerId", unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "smtp_settings", "artifacts", "deliveries", "executions", "recipients", "schedules", "api_keys", "users" })
        {
            m.DropTable(table);
        }
    }
}
