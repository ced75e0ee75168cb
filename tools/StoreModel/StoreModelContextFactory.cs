using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ReportGraph.Host.Data;

namespace ReportGraph.Tools.StoreModel;

/// <summary>
/// The store's context for one provider, as the host configures it, for `dotnet ef dbcontext optimize -- sqlite|postgresql`.
/// No database is opened: the connection strings only select the provider.
/// </summary>
public sealed class StoreModelContextFactory : IDesignTimeDbContextFactory<ReportGraphDbContext>
{
    public ReportGraphDbContext CreateDbContext(string[] args)
    {
        var provider = args.FirstOrDefault() ?? throw new ArgumentException("Pass the provider after --: sqlite or postgresql.");
        var builder = new DbContextOptionsBuilder<ReportGraphDbContext>();
        _ = provider.ToUpperInvariant() switch
        {
            "SQLITE" => builder.UseSqlite("Data Source=store-model.db"),
            "POSTGRESQL" => builder.UseNpgsql("Host=localhost;Database=store-model"),
            _ => throw new ArgumentException($"Unknown provider '{provider}': sqlite or postgresql."),
        };
        return new ReportGraphDbContext(builder.Options);
    }
}
