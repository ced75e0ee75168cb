using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Executions;

/// <summary>This feature's tables on the store, as <c>db.Executions</c>: the store itself knows no feature.</summary>
public static class ExecutionTables
{
    extension(ReportGraphDbContext db)
    {
        /// <summary>The <c>Execution</c> rows.</summary>
        public DbSet<Execution> Executions => db.Set<Execution>();
        /// <summary>The <c>Artifact</c> rows.</summary>
        public DbSet<Artifact> Artifacts => db.Set<Artifact>();
    }
}
