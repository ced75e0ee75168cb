using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Security;

/// <summary>This feature's tables on the store, as <c>db.Users</c>: the store itself knows no feature.</summary>
public static class SecurityTables
{
    extension(ReportGraphDbContext db)
    {
        /// <summary>The <c>User</c> rows.</summary>
        public DbSet<User> Users => db.Set<User>();
        /// <summary>The <c>ApiKey</c> rows.</summary>
        public DbSet<ApiKey> ApiKeys => db.Set<ApiKey>();
        /// <summary>The browser sessions.</summary>
        public DbSet<Session> Sessions => db.Set<Session>();
        /// <summary>Invitation and password-reset tokens.</summary>
        public DbSet<OneTimeToken> OneTimeTokens => db.Set<OneTimeToken>();
    }
}
