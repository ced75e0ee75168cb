using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Data;

/// <summary>Registers the store: options, data folder, DbContext for the configured provider.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>Adds the <c>Storage</c> and <c>Database</c> options and <see cref="ReportGraphDbContext"/>.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection("Storage")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection("Database")).ValidateDataAnnotations()
            .Validate(o => Enum.IsDefined(o.Provider), "Database:Provider must be Sqlite or PostgreSQL.")
            .ValidateOnStart();
        services.AddSingleton(sp => DataDirectory.Resolve(configuration, sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        // Keys for SMTP passwords, signed links and cookies live with the data (the store on PostgreSQL, shared by
        // every node), so they survive restarts.
        services.AddDataProtection().SetApplicationName("ReportGraph")
            .PersistKeysForProvider(configuration)
            .ProtectKeysAsConfigured(configuration, environment.ContentRootPath);
        // Pooled: the code makes a short-lived context per statement or unit of work (at least two per email), and a new
        // context built a service scope of EF Core's scoped services each time, the largest allocation of a burst after
        // strings and byte arrays; a pooled one is reset and reused (README → Measured). Contexts keep no state of their own.
        services.AddPooledDbContextFactory<ReportGraphDbContext>((sp, builder) => Configure(sp, builder));
        // A scope's context (the Data Protection key store asks for one) is leased from the same pool, disposed with the scope.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>().CreateDbContext());
        services.AddSingleton<SqliteWriteAheadLog>();
        services.AddTransient<StoreInitializer>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return services;
    }

    private static void Configure(IServiceProvider sp, DbContextOptionsBuilder builder)
    {
        var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var connectionString = sp.GetRequiredService<DataDirectory>().Expand(options.ConnectionString);
        _ = options.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<SqliteWriteAheadLog>()),
            DatabaseProvider.PostgreSQL => builder.UseNpgsql(connectionString),
            _ => throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported; use Sqlite or PostgreSQL."),
        };
        // Saves building the model from the entity configurations at the first context (≈ 0.3 s of start-up).
        if (sp.GetService<CompiledStoreModel>()?.For(options.Provider) is { } compiled)
        {
            builder.UseModel(compiled);
        }

        // Migrations are written by hand (no EF design package), so there is no model snapshot to compare with;
        // StoreSchemaTests proves the migrations produce the model's schema instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
