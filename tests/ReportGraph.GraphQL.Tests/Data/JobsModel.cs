using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Data;

// A small EF Core model for the data tests: jobs with an owner (navigation), a creator (loaded by a DataLoader) and tags.

public enum JobKind { Daily, Weekly, Monthly }

public sealed class Person
{
    public int Id { get; set; }
    public string Email { get; set; } = "";
    public string Name { get; set; } = "";
}

public sealed class Tag
{
    public int Id { get; set; }
    public int JobId { get; set; }
    public string Label { get; set; } = "";
}

public sealed class Job
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Note { get; set; }
    public int Priority { get; set; }
    public bool IsActive { get; set; }
    public JobKind Kind { get; set; }
    public DateTime CreatedAt { get; set; }
    public int OwnerId { get; set; }
    public Person? Owner { get; set; }
    public int CreatorId { get; set; }

    /// <summary>Shown, but neither filterable nor sortable.</summary>
    [FilterIgnore, SortIgnore]
    public string Secret { get; set; } = "";

    /// <summary>Renamed in the output type and in the filter and sort inputs alike.</summary>
    [GraphQLName("title")]
    public string Headline { get; set; } = "";

    [GraphQLIgnore]
    public List<Tag> Tags { get; set; } = new();
}

public sealed class JobsDb(DbContextOptions<JobsDb> options) : DbContext(options)
{
    public DbSet<Job> Jobs => Set<Job>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Tag> Tags => Set<Tag>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Job>().HasOne(j => j.Owner).WithMany().HasForeignKey(j => j.OwnerId);
        modelBuilder.Entity<Job>().HasMany(j => j.Tags).WithOne().HasForeignKey(t => t.JobId);
    }
}

/// <summary>Tags of each job, in one query per batch.</summary>
public sealed class TagsByJobLoader(IBatchScheduler scheduler, JobsDb db) : GroupedDataLoader<int, Tag>(scheduler)
{
    public List<IReadOnlyList<int>> Batches { get; } = new();

    protected override async Task<ILookup<int, Tag>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        lock (Batches) Batches.Add(keys.ToArray());
        var tags = await db.Tags.Where(t => keys.Contains(t.JobId)).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return tags.ToLookup(t => t.JobId);
    }
}

/// <summary>People by id; registered as a scoped service with AddDataLoader.</summary>
public sealed class CreatorByIdLoader(IBatchScheduler scheduler, JobsDb db) : BatchDataLoader<int, Person>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<int, Person>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        => await db.People.Where(p => keys.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
}

/// <summary>Jobs by id (for tag → job, a second level of loading).</summary>
public sealed class JobByIdLoader(IBatchScheduler scheduler, JobsDb db) : BatchDataLoader<int, Job>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<int, Job>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        => await db.Jobs.Where(j => keys.Contains(j.Id)).ToDictionaryAsync(j => j.Id, cancellationToken);
}

/// <summary>A loader whose data source is down.</summary>
public sealed class BrokenLoader(IBatchScheduler scheduler) : BatchDataLoader<int, string>(scheduler)
{
    protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        => throw new InvalidOperationException("The audit store is unavailable.");
}
