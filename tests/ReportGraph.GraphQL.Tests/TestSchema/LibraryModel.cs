using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.TestSchema;

/// <summary>Anything with a global id.</summary>
[GraphQLName("Node")]
public interface INode
{
    /// <summary>The global id.</summary>
    [ID]
    string Id { get; }
}

/// <summary>Something a library lends: an interface implementing an interface.</summary>
[GraphQLName("Media")]
public interface IMedia : INode
{
    /// <summary>The title as printed.</summary>
    string Title { get; }
}

/// <summary>What a search can find.</summary>
[UnionType("SearchResult")]
public interface ISearchResult;

/// <summary>Genres of books.</summary>
public enum Genre
{
    /// <summary>Invented stories.</summary>
    Fiction,
    /// <summary>Facts.</summary>
    NonFiction,
    /// <summary>Stories about science and the future.</summary>
    ScienceFiction,
    /// <summary>Old name for fiction.</summary>
    [Obsolete("Use FICTION.")]
    Novel,
}

/// <summary>A book.</summary>
public sealed class Book : IMedia, ISearchResult
{
    /// <inheritdoc/>
    [ID]
    public required string Id { get; init; }

    /// <inheritdoc/>
    public required string Title { get; init; }

    /// <summary>Number of pages, when known.</summary>
    public int? Pages { get; init; }

    /// <summary>The genre.</summary>
    public Genre Genre { get; init; }

    /// <summary>Keywords.</summary>
    public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();

    /// <summary>When the book was published.</summary>
    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>The old 10-digit ISBN.</summary>
    [GraphQLDeprecated("Use isbn13.")]
    public string? Isbn10 { get; init; }

    /// <summary>The author's id (internal).</summary>
    [GraphQLIgnore]
    public required string AuthorId { get; init; }

    /// <summary>The author, looked up in the library.</summary>
    public Author? GetAuthor([Service] Library library) => library.Authors.FirstOrDefault(a => a.Id == AuthorId);
}

/// <summary>A magazine issue.</summary>
public sealed class Magazine : IMedia
{
    /// <inheritdoc/>
    [ID]
    public required string Id { get; init; }

    /// <inheritdoc/>
    public required string Title { get; init; }

    /// <summary>The issue number.</summary>
    public int Issue { get; init; }
}

/// <summary>A person who writes books.</summary>
public sealed class Author : INode, ISearchResult
{
    /// <inheritdoc/>
    [ID]
    public required string Id { get; init; }

    /// <summary>Full name.</summary>
    public required string Name { get; init; }

    /// <summary>Birth date, when known.</summary>
    public DateOnly? Born { get; init; }

    /// <summary>The author's books, newest first.</summary>
    /// <param name="first">How many to return.</param>
    /// <param name="library">The library (a service).</param>
    public IEnumerable<Book> Books([Service] Library library, int first = 10)
        => library.Books.Where(b => b.AuthorId == Id).OrderByDescending(b => b.PublishedAt).Take(first);
}

/// <summary>A new book.</summary>
/// <param name="Title">The title.</param>
/// <param name="Genre">The genre.</param>
/// <param name="AuthorId">Who wrote it.</param>
/// <param name="Pages">Number of pages.</param>
/// <param name="Tags">Keywords.</param>
public sealed record BookInput(string Title, Genre Genre, [property: ID] string AuthorId, int? Pages = null, IReadOnlyList<string>? Tags = null);

/// <summary>How to find one book: by id or by title, not both.</summary>
[OneOf]
[GraphQLName("BookBy")]
public sealed class BookBy
{
    /// <summary>The id.</summary>
    [ID]
    public string? Id { get; set; }

    /// <summary>The exact title.</summary>
    public string? Title { get; set; }
}

/// <summary>The result of adding a book.</summary>
/// <param name="Book">The book, when it was added.</param>
/// <param name="Errors">What was wrong with the input.</param>
public sealed record AddBookPayload(Book? Book, IReadOnlyList<UserError> Errors);

/// <summary>A problem with an input field.</summary>
/// <param name="Code">A stable code.</param>
/// <param name="Message">For humans.</param>
/// <param name="Path">The input field at fault.</param>
public sealed record UserError(string Code, string Message, IReadOnlyList<string> Path);
