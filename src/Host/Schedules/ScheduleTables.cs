using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Schedules;

/// <summary>This feature's tables on the store, as <c>db.Schedules</c>: the store itself knows no feature.</summary>
public static class ScheduleTables
{
    extension(ReportGraphDbContext db)
    {
        /// <summary>The <c>Schedule</c> rows.</summary>
        public DbSet<Schedule> Schedules => db.Set<Schedule>();
        /// <summary>The <c>Recipient</c> rows.</summary>
        public DbSet<Recipient> Recipients => db.Set<Recipient>();
    }
}
