using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Hosting;

namespace ReportGraph.GraphQL.Tests.Data;

/// <summary>The wiring a host uses: AddGraphQLServer().AddDataLoader&lt;T&gt;() batches without any other setup.</summary>
public sealed class ServerWiringTests
{
    [Fact]
    public async Task AddDataLoader_on_the_server_builder_registers_the_loader_and_the_dispatch_rule()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var sql = new SqlLog();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<JobsDb>(o => o.UseSqlite(connection).AddInterceptors(sql));
        services.AddGraphQLServer()
            .AddQueryType<JobsQuery>()
            .AddTypeExtension<JobFields>()
            .AddDataLoader<CreatorByIdLoader>();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using (var setup = provider.CreateAsyncScope())
        {
            var db = setup.ServiceProvider.GetRequiredService<JobsDb>();
            await db.Database.EnsureCreatedAsync();
            for (int p = 1; p <= 5; p++) db.People.Add(new Person { Id = p, Email = $"p{p}@example.com" });
            for (int i = 1; i <= 30; i++) db.Jobs.Add(new Job { Id = i, Name = $"J{i}", OwnerId = 1, CreatorId = i % 5 + 1 });
            await db.SaveChangesAsync();
        }

        var server = provider.GetRequiredService<GraphQLServer>();
        Assert.Contains(server.Executor.Options.RequestRules, r => r is DataLoaderDispatchRule);

        sql.Clear();
        await using var scope = provider.CreateAsyncScope();
        var result = await server.Executor.ExecuteAsync(new GraphQLRequest { Query = "{ jobs(first: 30) { nodes { creator { email } } } }" }, scope.ServiceProvider);
        Assert.Null(result.Errors);
        Assert.Equal(2, sql.Commands.Count);   // the page, then all creators at once
    }
}
