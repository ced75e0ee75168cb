using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.TestSchema;

/// <summary>
/// The engine's test schema (library: books, authors, magazines; interfaces, a union, an enum, inputs, a OneOf input,
/// a mutation and subscriptions). Reusable by the HTTP conformance tests.
/// </summary>
public static class LibrarySchema
{
    /// <summary>The schema builder with everything registered (callers may add more before Build()).</summary>
    public static SchemaBuilder CreateBuilder() => new SchemaBuilder()
        .AddQueryType<LibraryQuery>()
        .AddMutationType<LibraryMutation>()
        .AddSubscriptionType<LibrarySubscription>()
        .AddTypeExtension<AuthorExtensions>()
        .AddTypeExtension<StatsQueryExtension>()
        .AddType<Book>()
        .AddType<Author>()
        .AddType<Magazine>()
        .ModifyOptions(o => o.Description = "A small library, for testing the GraphQL engine.");

    /// <summary>The built schema.</summary>
    public static Schema Create() => CreateBuilder().Build();

    /// <summary>Services with a fresh <see cref="Library"/>.</summary>
    public static ServiceProvider CreateServices(Library? library = null)
        => new ServiceCollection().AddSingleton(library ?? new Library()).BuildServiceProvider();

    /// <summary>An executor over the schema.</summary>
    public static RequestExecutor CreateExecutor(Action<RequestExecutorOptions>? configure = null)
    {
        var options = new RequestExecutorOptions();
        configure?.Invoke(options);
        return new RequestExecutor(Create(), options);
    }
}
