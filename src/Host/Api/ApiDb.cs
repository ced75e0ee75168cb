using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Execution;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Api;

/// <summary>
/// A DbContext for one resolver, disposed when the request ends. Query resolvers run concurrently and a
/// DbContext allows one operation at a time, so each resolver gets its own; returned IQueryables stay usable
/// until paging and filtering have run them.
/// </summary>
public static class ApiDb
{
    /// <summary>Opens a context that lives until the HTTP request ends.</summary>
    public static ReportGraphDbContext Open(IResolverContext context)
    {
        var db = context.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>().CreateDbContext();
        var http = context.Services.GetService<IHttpContextAccessor>()?.HttpContext;
        if (http is not null)
        {
            http.Response.RegisterForDisposeAsync(db);
        }
        else
        {
            context.ContextData[$"db:{Guid.NewGuid():N}"] = db; // outside HTTP (tests): collected with the request
        }

        return db;
    }
}
