using ReportGraph.GraphQL.Hosting;

namespace ReportGraph.GraphQL.Data;

/// <summary>DataLoader wiring for <c>services.AddGraphQLServer()</c>.</summary>
public static class GraphQLServerBuilderDataLoaderExtensions
{
    /// <summary>Registers <typeparamref name="T"/> per request (scoped) and makes DataLoaders dispatch when the engine has no more work ready.</summary>
    public static GraphQLServerBuilder AddDataLoader<T>(this GraphQLServerBuilder builder) where T : class, IDataLoader
    {
        builder.Services.AddDataLoader<T>();
        return builder.UseDataLoaderDispatch();
    }

    /// <summary>Adds <see cref="DataLoaderDispatchRule"/> to the executor (needed once, also for loaders used only via <c>context.DataLoader&lt;T&gt;()</c>).</summary>
    public static GraphQLServerBuilder UseDataLoaderDispatch(this GraphQLServerBuilder builder)
        => builder.ModifyRequestOptions(options => options.UseDataLoaderDispatch());
}
