using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Schedules;

/// <summary>The webhooks of schedules on the store, as <c>db.ScheduleWebhooks</c>.</summary>
public static class ScheduleWebhookTables
{
    extension(ReportGraphDbContext db)
    {
        /// <summary>The <c>ScheduleWebhook</c> rows.</summary>
        public DbSet<ScheduleWebhook> ScheduleWebhooks => db.Set<ScheduleWebhook>();
    }
}
