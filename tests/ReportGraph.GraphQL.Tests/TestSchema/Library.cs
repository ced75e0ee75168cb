using System.Threading.Channels;

namespace ReportGraph.GraphQL.Tests.TestSchema;

/// <summary>The test data and the book-added event source (a singleton service).</summary>
public sealed class Library
{
    private readonly List<Channel<Book>> _subscribers = new();

    /// <summary>The authors.</summary>
    public List<Author> Authors { get; } = new()
    {
        new Author { Id = "a1", Name = "Ursula K. Le Guin", Born = new DateOnly(1929, 10, 21) },
        new Author { Id = "a2", Name = "Mary Beard" },
    };

    /// <summary>The books.</summary>
    public List<Book> Books { get; } = new()
    {
        new Book { Id = "b1", Title = "A Wizard of Earthsea", AuthorId = "a1", Genre = Genre.Fiction, Pages = 183, Tags = new[] { "magic", "islands" }, PublishedAt = new DateTimeOffset(1968, 11, 1, 0, 0, 0, TimeSpan.Zero), Isbn10 = "0553262505" },
        new Book { Id = "b2", Title = "The Dispossessed", AuthorId = "a1", Genre = Genre.ScienceFiction, Pages = 341, PublishedAt = new DateTimeOffset(1974, 5, 1, 0, 0, 0, TimeSpan.Zero) },
        new Book { Id = "b3", Title = "SPQR", AuthorId = "a2", Genre = Genre.NonFiction, PublishedAt = new DateTimeOffset(2015, 10, 20, 0, 0, 0, TimeSpan.Zero) },
    };

    /// <summary>Magazines.</summary>
    public List<Magazine> Magazines { get; } = new() { new Magazine { Id = "m1", Title = "Locus", Issue = 700 } };

    /// <summary>Mutation calls in the order they ran (to check serial execution).</summary>
    public List<string> MutationLog { get; } = new();

    /// <summary>Adds a book and tells subscribers.</summary>
    public void Add(Book book)
    {
        lock (Books) Books.Add(book);
        lock (_subscribers) foreach (var s in _subscribers) s.Writer.TryWrite(book);
    }

    /// <summary>Books added from now on, until the caller stops reading.</summary>
    public async IAsyncEnumerable<Book> WatchAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<Book>();
        lock (_subscribers) _subscribers.Add(channel);
        try
        {
            await foreach (var book in channel.Reader.ReadAllAsync(cancellationToken)) yield return book;
        }
        finally
        {
            lock (_subscribers) _subscribers.Remove(channel);
        }
    }

    /// <summary>Number of active subscribers.</summary>
    public int SubscriberCount
    {
        get { lock (_subscribers) return _subscribers.Count; }
    }
}
