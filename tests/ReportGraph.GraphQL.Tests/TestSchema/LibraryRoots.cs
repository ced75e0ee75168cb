using System.Globalization;
using System.Text.Json;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.TestSchema;

/// <summary>The query root of the test schema.</summary>
public sealed class LibraryQuery
{
    /// <summary>Books, optionally of one genre.</summary>
    /// <param name="library">The library.</param>
    /// <param name="genre">Only this genre.</param>
    /// <param name="first">At most this many.</param>
    public IEnumerable<Book> Books([Service] Library library, Genre? genre = null, int first = 10)
        => library.Books.Where(b => genre is null || b.Genre == genre).Take(first);

    /// <summary>One book, by id or title.</summary>
    public Book? Book([Service] Library library, BookBy by)
        => library.Books.FirstOrDefault(b => (by.Id is not null && b.Id == by.Id) || (by.Title is not null && b.Title == by.Title));

    /// <summary>Any node by id.</summary>
    public INode? Node([Service] Library library, [ID] string id)
        => (INode?)library.Books.FirstOrDefault(b => b.Id == id) ?? (INode?)library.Authors.FirstOrDefault(a => a.Id == id) ?? library.Magazines.FirstOrDefault(m => m.Id == id);

    /// <summary>Everything on the shelves.</summary>
    public IEnumerable<IMedia> Media([Service] Library library) => library.Books.Cast<IMedia>().Concat(library.Magazines);

    /// <summary>Books and authors whose title or name contains the text.</summary>
    public async Task<IReadOnlyList<ISearchResult>> SearchAsync([Service] Library library, string text, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return library.Books.Where(b => b.Title.Contains(text, StringComparison.OrdinalIgnoreCase)).Cast<ISearchResult>()
            .Concat(library.Authors.Where(a => a.Name.Contains(text, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>All authors.</summary>
    public IReadOnlyList<Author> Authors([Service] Library library) => library.Authors;

    /// <summary>Echoes any JSON value.</summary>
    public JsonElement? Echo(JsonElement? value) => value;

    /// <summary>Echoes typed scalars.</summary>
    public string Scalars(DateTimeOffset? at = null, DateOnly? on = null, TimeSpan? every = null, Guid? id = null, long? big = null)
        => string.Join("|", at?.ToString("O", CultureInfo.InvariantCulture), on?.ToString("O", CultureInfo.InvariantCulture), every?.ToString(), id?.ToString(), big?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Always fails with an unexpected exception.</summary>
    public string? Failing() => throw new InvalidOperationException("Database password is hunter2");

    /// <summary>Always fails with a GraphQL error and a code.</summary>
    public string? NotFound() => throw new GraphQLException("No such thing.", ErrorCodes.NotFound);

    /// <summary>A non-null field that returns null.</summary>
    [GraphQLType("String!")]
    public string? BrokenPromise() => null;

    /// <summary>Waits, then answers (for timeouts and cancellation).</summary>
    public async Task<string> SlowAsync(int milliseconds, CancellationToken cancellationToken)
    {
        await Task.Delay(milliseconds, cancellationToken);
        return "done";
    }

    /// <summary>Reports an error but still answers.</summary>
    public string Partial(IResolverContext context)
    {
        context.ReportError("Some data is missing.", "PARTIAL");
        return "partial";
    }

    /// <summary>What the resolver can see ahead.</summary>
    public Book? Lookahead(IResolverContext context, [Service] Library library)
    {
        context.ContextData["sawAuthor"] = context.IsSelected("author");
        return library.Books[0];
    }
}

/// <summary>The mutation root of the test schema.</summary>
public sealed class LibraryMutation
{
    /// <summary>Adds a book.</summary>
    public AddBookPayload AddBook([Service] Library library, BookInput input)
    {
        var errors = new List<UserError>();
        if (string.IsNullOrWhiteSpace(input.Title)) errors.Add(new UserError("REQUIRED", "A title is required.", new[] { "title" }));
        if (!library.Authors.Any(a => a.Id == input.AuthorId)) errors.Add(new UserError("NOT_FOUND", $"No author has id {input.AuthorId}.", new[] { "authorId" }));
        if (errors.Count > 0) return new AddBookPayload(null, errors);
        var book = new Book { Id = "b" + (library.Books.Count + 1), Title = input.Title, AuthorId = input.AuthorId, Genre = input.Genre, Pages = input.Pages, Tags = input.Tags ?? Array.Empty<string>(), PublishedAt = DateTimeOffset.UnixEpoch };
        library.Add(book);
        return new AddBookPayload(book, errors);
    }

    /// <summary>Records a step after a delay (to show mutations run one after another).</summary>
    public async Task<int> StepAsync([Service] Library library, string name, int delayMilliseconds)
    {
        await Task.Delay(delayMilliseconds);
        lock (library.MutationLog)
        {
            library.MutationLog.Add(name);
            return library.MutationLog.Count;
        }
    }
}

/// <summary>The subscription root of the test schema.</summary>
public sealed class LibrarySubscription
{
    /// <summary>Books as they are added.</summary>
    public IAsyncEnumerable<Book> BookAdded([Service] Library library, CancellationToken cancellationToken) => library.WatchAsync(cancellationToken);

    /// <summary>Counts down to zero.</summary>
    public async IAsyncEnumerable<int> Countdown(int from)
    {
        for (int i = from; i >= 0; i--)
        {
            await Task.Yield();
            yield return i;
        }
    }
}

/// <summary>Adds fields to Author from a separate class.</summary>
[ExtendObjectType(typeof(Author))]
public sealed class AuthorExtensions
{
    /// <summary>How many books the library has by this author.</summary>
    public int BookCount([Parent] Author author, [Service] Library library) => library.Books.Count(b => b.AuthorId == author.Id);
}

/// <summary>Adds fields to Query from a separate class.</summary>
[ExtendObjectType("Query")]
public sealed class StatsQueryExtension
{
    /// <summary>How many books there are.</summary>
    public int BookTotal([Service] Library library) => library.Books.Count;
}
