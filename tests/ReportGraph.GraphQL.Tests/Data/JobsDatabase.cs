using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Tests.Data;

/// <summary>Records the text of every SQL command EF Core sends.</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyList<string> Commands => _commands.ToArray();

    public void Clear() => _commands.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return new(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        _commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return new(result);
    }
}

/// <summary>
/// A seeded in-memory SQLite database (the connection stays open for the test's lifetime) and a way to run GraphQL
/// requests against <see cref="JobsSchema"/>, each in its own DI scope (a request scope, as in ASP.NET Core).
/// 60 jobs: "Job 01".."Job 60"; priority i % 5; active when i is even; kind i % 3; created 2026-01-01 + i days;
/// owner (i % 5) + 1; creator ((i + 1) % 5) + 1; i % 4 tags; no note when i % 10 == 0.
/// </summary>
public sealed class JobsDatabase : IDisposable
{
    public const int JobCount = 60;

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ServiceProvider _services;
    private readonly RequestExecutor _executor = new(JobsSchema.Instance.Value, new RequestExecutorOptions().UseDataLoaderDispatch());

    public JobsDatabase()
    {
        _connection.Open();
        var services = new ServiceCollection();
        services.AddDbContext<JobsDb>(options => options.UseSqlite(_connection).AddInterceptors(Sql));
        services.AddDataLoader<CreatorByIdLoader>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JobsDb>();
        db.Database.EnsureCreated();
        for (int p = 1; p <= 5; p++) db.People.Add(new Person { Id = p, Email = $"person{p}@example.com", Name = $"Person {p}" });
        for (int i = 1; i <= JobCount; i++)
        {
            var job = new Job
            {
                Id = i, Name = $"Job {i:00}", Note = i % 10 == 0 ? null : $"note {i}", Priority = i % 5, IsActive = i % 2 == 0,
                Kind = (JobKind)(i % 3), CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i),
                OwnerId = i % 5 + 1, CreatorId = (i + 1) % 5 + 1, Secret = $"secret {i}", Headline = $"Headline {i}",
            };
            for (int t = 0; t < i % 4; t++) job.Tags.Add(new Tag { Label = $"t{i}-{t}" });
            db.Jobs.Add(job);
        }
        db.SaveChanges();
    }

    public SqlLog Sql { get; } = new();

    /// <summary>Changes the data between two requests, as another user would.</summary>
    public void Change(Action<JobsDb> change)
    {
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JobsDb>();
        change(db);
        db.SaveChanges();
    }

    /// <summary>All jobs with their owners, read directly (the expected contents of the lists).</summary>
    public List<Job> AllJobs()
    {
        using var scope = _services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<JobsDb>().Jobs.Include(j => j.Owner).AsNoTracking().ToList();
    }

    /// <summary>Runs a request and returns its JSON result (data and errors) as a user would see it.</summary>
    public async Task<JsonElement> RunAsync(string query, IDictionary<string, object?>? contextData = null)
    {
        Sql.Clear();
        await using var scope = _services.CreateAsyncScope();
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = query, ContextData = contextData }, scope.ServiceProvider);
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    public void Dispose()
    {
        _services.Dispose();
        _connection.Dispose();
    }
}

/// <summary>Reading results.</summary>
public static class Json
{
    public static JsonElement Get(this JsonElement element, params object[] path)
    {
        foreach (var step in path)
            element = step is int index ? element[index] : element.GetProperty((string)step);
        return element;
    }

    public static string[] Strings(this JsonElement array, string property)
        => array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToArray();

    public static string? ErrorCode(this JsonElement result, int index = 0)
        => result.GetProperty("errors")[index].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code) ? code.GetString() : null;

    public static string ErrorMessage(this JsonElement result, int index = 0) => result.GetProperty("errors")[index].GetProperty("message").GetString()!;

    public static bool HasErrors(this JsonElement result) => result.TryGetProperty("errors", out _);
}
