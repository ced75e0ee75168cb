using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.CompiledModels;
using ReportGraph.Host.Data;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Data;

/// <summary>
/// The host starts with the compiled models in src/Host/CompiledModels (one per provider). They must describe the
/// model the entity configurations build; when a configuration changes, regenerate them with
/// tools/StoreModel/regenerate.sh, or these tests fail. No database is opened.
/// </summary>
public sealed class StoreCompiledModelTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_compiled_model_has_the_tables_columns_keys_and_indexes_of_the_configured_model(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var configured = db.GetService<IDesignTimeModel>().Model;

        Assert.Equal(DescribeTables(configured.GetRelationalModel()), DescribeTables(InitializedCompiledModel(provider).GetRelationalModel()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_compiled_model_has_the_properties_and_converters_of_the_configured_model(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var configured = db.GetService<IDesignTimeModel>().Model;

        Assert.Equal(Describe(configured), Describe(CompiledModel(provider)));
    }

    [Fact]
    public void The_host_starts_its_contexts_with_the_compiled_model_of_its_provider()
    {
        using var folder = new TempFolder();
        using var factory = new ReportGraphFactory(folder.Path);
        using var db = factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>().CreateDbContext();

        Assert.Same(CompiledModel(DatabaseProvider.Sqlite), db.Model);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_provider_gets_its_own_compiled_model(DatabaseProvider provider)
    {
        var models = new ServiceCollection().AddCompiledStoreModels().BuildServiceProvider().GetRequiredService<CompiledStoreModel>();

        Assert.Same(CompiledModel(provider), models.For(provider));
    }

    private static IModel CompiledModel(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? ReportGraph.Host.CompiledModels.Sqlite.ReportGraphDbContextModel.Instance
        : ReportGraph.Host.CompiledModels.PostgreSql.ReportGraphDbContextModel.Instance;

    /// <summary>
    /// The compiled model as a context hands it out: its relational model exists only once a context using it has
    /// initialized it, which no other test may have done yet.
    /// </summary>
    private static IModel InitializedCompiledModel(DatabaseProvider provider)
    {
        using var db = Context(provider, CompiledModel(provider));
        return db.Model;
    }

    private static ReportGraphDbContext Context(DatabaseProvider provider, IModel? model = null)
    {
        var builder = new DbContextOptionsBuilder<ReportGraphDbContext>();
        if (model is not null)
        {
            builder.UseModel(model);
        }

        _ = provider == DatabaseProvider.Sqlite ? builder.UseSqlite("Data Source=compiled-model.db") : builder.UseNpgsql("Host=localhost;Database=compiled-model");
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return new ReportGraphDbContext(builder.Options);
    }

    /// <summary>One line per column, key, index and foreign key, as migrations would create them.</summary>
    private static List<string> DescribeTables(IRelationalModel model) =>
    [
        .. model.Tables.OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(t => (IEnumerable<string>)
        [
            .. t.Columns.OrderBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => $"{t.Name}.{c.Name}: {c.StoreType} nullable {c.IsNullable} max {c.MaxLength} default {c.DefaultValueSql ?? c.DefaultValue}"),
            .. t.UniqueConstraints.OrderBy(k => k.Name, StringComparer.Ordinal)
                .Select(k => $"{t.Name} key {k.Name} ({string.Join(", ", k.Columns.Select(c => c.Name))}) primary {k.GetIsPrimaryKey()}"),
            .. t.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal)
                .Select(i => $"{t.Name} index {i.Name} ({string.Join(", ", i.Columns.Select(c => c.Name))}) unique {i.IsUnique} filter {i.Filter}"),
            .. t.ForeignKeyConstraints.OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => $"{t.Name} foreign key {f.Name} ({string.Join(", ", f.Columns.Select(c => c.Name))}) → {f.PrincipalTable.Name} on delete {f.OnDeleteAction}"),
        ]),
    ];

    /// <summary>One line per property: what reads and writes its column (type, nullability, length, converter).</summary>
    private static List<string> Describe(IModel model) =>
    [
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e => e.GetProperties()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{e.Name}.{p.Name}: {p.ClrType.Name} column {p.GetColumnName()} nullable {p.IsNullable} " +
                $"max {p.GetMaxLength()} converter {p.GetValueConverter()?.GetType().Name ?? "none"} " +
                $"provider type {p.GetValueConverter()?.ProviderClrType.Name ?? "none"} generated {p.ValueGenerated}")),
    ];
}
