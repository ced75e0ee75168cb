using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Data;

public sealed class JobsQuery
{
    /// <summary>Jobs from SQLite, paged (keyset cursors), filtered and sorted in SQL.</summary>
    [UsePaging(DefaultPageSize = 10, MaxPageSize = 50, UniqueKey = nameof(Job.Id))]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Job> GetJobs([Service] JobsDb db) => db.Jobs.OrderBy(j => j.Id);

    /// <summary>The same without paging: a plain list.</summary>
    [UseSorting]
    [UseFiltering]
    public IQueryable<Job> GetJobList([Service] JobsDb db) => db.Jobs.OrderBy(j => j.Id);

    /// <summary>The same with offset cursors (no unique key declared).</summary>
    [UsePaging(DefaultPageSize = 10, MaxPageSize = 50)]
    public IQueryable<Job> GetOffsetJobs([Service] JobsDb db) => db.Jobs.OrderBy(j => j.Id);

    /// <summary>In-memory items (LINQ to objects), one without an owner; keyset cursors, no order of its own.</summary>
    [UsePaging(DefaultPageSize = 3, MaxPageSize = 5, IncludeTotalCount = false, UniqueKey = nameof(Job.Id))]
    [UseFiltering]
    [UseSorting]
    public IEnumerable<Job> GetMemoryJobs() => MemoryJobs.All;
}

[ExtendObjectType(typeof(Job))]
public sealed class JobFields
{
    public Task<Tag[]> GetTags([Parent] Job job, IResolverContext context) => context.DataLoader<TagsByJobLoader>().LoadAsync(job.Id);

    public Task<Person?> GetCreator([Parent] Job job, [Service] CreatorByIdLoader loader) => loader.LoadAsync(job.CreatorId);

    /// <summary>Misuse on purpose: blocks on the loader (sync over async).</summary>
    public Person? GetCreatorBlocking([Parent] Job job, [Service] CreatorByIdLoader loader) => loader.LoadAsync(job.CreatorId).GetAwaiter().GetResult();

    public Task<string?> GetAudit([Parent] Job job, IResolverContext context) => context.DataLoader<BrokenLoader>().LoadAsync(job.Id);
}

[ExtendObjectType(typeof(Tag))]
public sealed class TagFields
{
    public Task<Job?> GetJob([Parent] Tag tag, IResolverContext context) => context.DataLoader<JobByIdLoader>().LoadAsync(tag.JobId);
}

public static class MemoryJobs
{
    public static readonly Job[] All =
    {
        new() { Id = 1, Name = "beta", Priority = 2, Owner = new Person { Id = 1, Name = "Zoe" } },
        new() { Id = 2, Name = "alpha", Priority = 1, Owner = null },
        new() { Id = 3, Name = "gamma", Priority = 3, Owner = new Person { Id = 2, Name = "Ann" } },
        new() { Id = 4, Name = "delta", Priority = 1, Owner = new Person { Id = 3, Name = "Max" }, Note = "has note" },
    };
}

public static class JobsSchema
{
    public static readonly Lazy<Schema> Instance = new(() => new SchemaBuilder()
        .AddQueryType<JobsQuery>()
        .AddTypeExtension<JobFields>()
        .AddTypeExtension<TagFields>()
        .Build());
}
