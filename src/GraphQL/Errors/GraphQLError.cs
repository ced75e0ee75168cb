namespace ReportGraph.GraphQL.Errors;

/// <summary>An error in a GraphQL response (spec §7.1.2): message, locations, path and extensions (e.g. <c>code</c>).</summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error.</summary>
    public GraphQLError(string message, IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
    }

    /// <summary>The message for the client.</summary>
    public string Message { get; }

    /// <summary>Where in the document, if known.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response path (field names and list indices) of the field that failed, for field errors.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra data, e.g. <c>code</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The <c>extensions.code</c>, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>The exception behind the error, never serialised (for logging).</summary>
    public Exception? Exception { get; init; }

    /// <summary>Returns a copy with locations and path set.</summary>
    public GraphQLError WithLocation(IReadOnlyList<SourceLocation>? locations, IReadOnlyList<object>? path)
        => new(Message, locations, path, Extensions) { Exception = Exception };

    /// <inheritdoc/>
    public override string ToString() => Message;
}
