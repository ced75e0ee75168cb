using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Deliveries;

/// <summary>This feature's tables on the store, as <c>db.Deliveries</c>: the store itself knows no feature.</summary>
public static class DeliveryTables
{
    extension(ReportGraphDbContext db)
    {
        /// <summary>The <c>Delivery</c> rows.</summary>
        public DbSet<Delivery> Deliveries => db.Set<Delivery>();
        /// <summary>The <c>SmtpSettings</c> rows.</summary>
        public DbSet<SmtpSettings> SmtpSettings => db.Set<SmtpSettings>();
    }
}
