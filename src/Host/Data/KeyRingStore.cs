using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace ReportGraph.Host.Data;

/// <summary>
/// Where the Data Protection keys (cookies, saved SMTP passwords, signed links) live: in the store on PostgreSQL, so
/// every node of a cluster reads and writes one key ring; in <c>{data}/keys</c> on SQLite, which has one node.
/// </summary>
internal static class KeyRingStore
{
    public static IDataProtectionBuilder PersistKeysForProvider(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        if (IsPostgreSql(configuration))
        {
            builder.PersistKeysToDbContext<ReportGraphDbContext>();
            builder.Services.AddTransient<SharedKeyRing>();
        }
        else
        {
            builder.Services.AddOptions<KeyManagementOptions>().Configure<DataDirectory, ILoggerFactory>((o, dir, logs) =>
                o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(dir.Path, "keys")), logs));
        }

        return builder;
    }

    /// <summary>Whether <c>Database:Provider</c> names PostgreSQL (a wrong value is reported by the options validation).</summary>
    public static bool IsPostgreSql(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var provider) && provider == DatabaseProvider.PostgreSQL;
}

/// <summary>
/// Makes sure the shared key ring has a key before this node serves a request. Nodes that start together would each
/// create a first key of their own; under a PostgreSQL advisory lock the first creates it and the others read it.
/// </summary>
internal sealed class SharedKeyRing(IDbContextFactory<ReportGraphDbContext> dbs, IDataProtectionProvider protection)
{
    // Any fixed number; it only has to differ from other advisory locks taken on the same database (Quartz takes none).
    private const long LockKey = 0x5265_706F_7274_4B52; // "ReportKR"

    public async Task EnsureKeyAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            // The first protection loads the ring from the store, creating and storing a key when there is none.
            _ = protection.CreateProtector("ReportGraph.KeyRing").Protect([1]);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }
}
