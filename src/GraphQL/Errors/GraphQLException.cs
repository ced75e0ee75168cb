namespace ReportGraph.GraphQL.Errors;

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
