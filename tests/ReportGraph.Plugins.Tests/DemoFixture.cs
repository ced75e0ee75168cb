using Microsoft.Data.Sqlite;
using ReportGraph.Host.DemoData;

namespace ReportGraph.Plugins.Tests;

/// <summary>The demo data set for a fixed last day, written once to a real SQLite file in a temp folder.</summary>
public sealed class DemoFixture : IAsyncLifetime
{
    /// <summary>A Sunday, so that Monday-based weeks end on the last day.</summary>
    public static readonly DateOnly LastDay = new(2026, 11, 15);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "rg-plugins-" + Guid.NewGuid().ToString("N"));

    public string DatabaseFile => Path.Combine(Folder, "demo.db");

    public DemoDataSet Data { get; } = DemoDataGenerator.Generate(LastDay);

    internal SqliteDataSources Sources() => new(new Dictionary<string, string> { ["demo"] = DatabaseFile });

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await DemoDatabase.CreateAsync(connection, Data, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoFixture>
{
    public const string Name = "demo database";
}
