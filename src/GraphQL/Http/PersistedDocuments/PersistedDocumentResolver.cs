using Microsoft.AspNetCore.Http;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Http.PersistedDocuments;

/// <summary>
/// Turns a request's <c>documentId</c> or <c>extensions.persistedQuery</c> into the document text, and enforces
/// <see cref="PersistedDocumentOptions.OnlyPersistedDocuments"/>. Parsing and validation are cached by text in the
/// executor, so a persisted document is parsed and validated once however it is named.
/// </summary>
internal sealed class PersistedDocumentResolver
{
    private readonly PersistedDocumentOptions _options;
    private readonly Lazy<PersistedDocumentManifest> _manifest;
    private readonly LeastRecentlyUsedCache<string> _automatic;

    public PersistedDocumentResolver(PersistedDocumentOptions options)
    {
        _options = options;
        // Read on first use: the host validates the folder before it starts serving, and MapGraphQL should not do I/O.
        _manifest = new Lazy<PersistedDocumentManifest>(() => options.ManifestDirectory is { Length: > 0 } directory
            ? PersistedDocumentManifest.Load(directory) : PersistedDocumentManifest.Empty);
        _automatic = new LeastRecentlyUsedCache<string>(options.EnableAutomaticPersistedQueries ? options.AutomaticPersistedQueryCacheSize : 0);
    }

    /// <summary>The parameters with their document text, or why the request is refused.</summary>
    public (GraphQLRequestParameters? Parameters, HttpRequestProblem? Problem) Resolve(HttpContext context, GraphQLRequestParameters parameters)
    {
        var query = string.IsNullOrEmpty(parameters.Query) ? null : parameters.Query;
        var manifest = _manifest.Value;
        var anyDocument = !_options.OnlyPersistedDocuments || (_options.AllowAnyDocument?.Invoke(context) ?? false);

        if (parameters.DocumentId is { } documentId)
        {
            if (query is not null)
                return Refuse(400, "Send either \"query\" or \"documentId\", not both.", "BAD_REQUEST");
            if (manifest.TryGet(documentId, out var persisted) || (anyDocument && _automatic.TryGet(DocumentHash.Normalize(documentId), out persisted)))
                return (parameters with { Query = persisted }, null);
            return Refuse(400, $"No persisted document has the id \"{documentId}\"; the manifests of this server hold {manifest.Count}.", "PERSISTED_DOCUMENT_NOT_FOUND");
        }

        string? automaticHash = null;
        if (parameters.Extensions is { } extensions && extensions.TryGetValue("persistedQuery", out var persistedQuery))
        {
            if (!_options.EnableAutomaticPersistedQueries && manifest.Count == 0)
                return Refuse(400, "PersistedQueryNotSupported", "PERSISTED_QUERY_NOT_SUPPORTED");
            if (persistedQuery is not IReadOnlyDictionary<string, object?> fields
                || !fields.TryGetValue("version", out var version) || version is not (1L or 1.0)
                || !fields.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string hash || !DocumentHash.IsSha256Hex(hash))
            {
                return Refuse(400, "\"extensions.persistedQuery\" must be { \"version\": 1, \"sha256Hash\": \"<64 hex digits>\" }.", "BAD_REQUEST");
            }
            hash = hash.ToLowerInvariant();
            if (query is null)
            {
                if (manifest.TryGet(hash, out var known) || (anyDocument && _automatic.TryGet(hash, out known)))
                    return (parameters with { Query = known }, null);
                // The message is what Apollo's and urql's persisted query links look for before sending the text.
                return Refuse(400, "PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND");
            }
            if (DocumentHash.Of(query) != hash)
                return Refuse(400, "\"extensions.persistedQuery.sha256Hash\" is not the SHA-256 of \"query\".", "PERSISTED_QUERY_HASH_MISMATCH");
            automaticHash = hash;
        }

        if (query is null)
            return Refuse(400, "The request has no \"query\" parameter; it must be a string holding a GraphQL document (or send a \"documentId\").", "BAD_REQUEST");
        if (!anyDocument && !manifest.Contains(query))
            return Refuse(400, "Only persisted documents are accepted here: send the \"documentId\" of a document from the server's manifest.", "PERSISTED_DOCUMENT_REQUIRED");
        if (automaticHash is not null) _automatic.Add(automaticHash, query);
        return (parameters, null);
    }

    private static (GraphQLRequestParameters?, HttpRequestProblem?) Refuse(int status, string message, string code) => (null, new HttpRequestProblem(status, message, code));
}
