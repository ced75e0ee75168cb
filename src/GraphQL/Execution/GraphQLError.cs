using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Execution;

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

    /// <summary>Locations of nodes (nodes without location are left out).</summary>
    public static IReadOnlyList<SourceLocation>? LocationsOf(params SyntaxNode?[] nodes)
    {
        List<SourceLocation>? list = null;
        foreach (var node in nodes)
            if (node?.Location is { } loc) (list ??= new()).Add(loc.StartLocation);
        return list;
    }

    /// <inheritdoc/>
    public override string ToString() => Message;
}

/// <summary>
/// Throw from a resolver (or scalar) to report an error to the client with this message and an optional code in
/// <c>extensions.code</c>; unlike other exceptions, the message is never masked.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphQLException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Extensions = extensions;
    }

    /// <summary>The <c>extensions.code</c>, e.g. NOT_FOUND.</summary>
    public string? Code { get; }

    /// <summary>More extensions.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The extensions including <c>code</c>.</summary>
    public IReadOnlyDictionary<string, object?>? AllExtensions
    {
        get
        {
            if (Code is null) return Extensions;
            var all = new Dictionary<string, object?>();
            if (Extensions is not null) foreach (var kv in Extensions) all[kv.Key] = kv.Value;
            all["code"] = Code;
            return all;
        }
    }
}

/// <summary>Well-known values of <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    /// <summary>The document could not be parsed.</summary>
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    /// <summary>The document failed validation.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    /// <summary>A variable or argument value was not acceptable.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";
    /// <summary>An unexpected exception in a resolver.</summary>
    public const string InternalError = "INTERNAL_SERVER_ERROR";
    /// <summary>The request took longer than allowed.</summary>
    public const string Timeout = "EXECUTION_TIMEOUT";
    /// <summary>The operation named does not exist or is ambiguous.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";
    /// <summary>The caller must sign in.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";
    /// <summary>The caller may not do this.</summary>
    public const string Forbidden = "FORBIDDEN";
    /// <summary>The thing asked for does not exist.</summary>
    public const string NotFound = "NOT_FOUND";
    /// <summary>The request was refused by a limit (depth, cost, size).</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";
}
