using Microsoft.AspNetCore.Http;

namespace ReportGraph.GraphQL.Http.PersistedDocuments;

/// <summary>
/// Trusted documents: operations sent by id (<c>{"documentId": "sha256:…"}</c> as HotChocolate and the GraphQL-over-HTTP
/// persisted-documents proposal do) or by hash (Apollo's automatic persisted queries, <c>extensions.persistedQuery</c>).
/// </summary>
public sealed class PersistedDocumentOptions
{
    /// <summary>
    /// A folder of manifests read at start: every <c>*.json</c> in it, either graphql-codegen's client-preset
    /// <c>persisted-documents.json</c> (<c>{ "&lt;hash&gt;": "&lt;document&gt;" }</c>) or Apollo's persisted query manifest
    /// (<c>{ "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }</c>). Null: no manifests.
    /// </summary>
    public string? ManifestDirectory { get; set; }

    /// <summary>
    /// When true, a request whose document is not in a manifest is refused with 400 <c>PERSISTED_DOCUMENT_REQUIRED</c>
    /// (and automatic persisted queries cannot register new documents), unless <see cref="AllowAnyDocument"/> says yes.
    /// </summary>
    public bool OnlyPersistedDocuments { get; set; }

    /// <summary>Who may still send other documents when <see cref="OnlyPersistedDocuments"/> is on (e.g. administrators in the IDE). Null: nobody.</summary>
    public Func<HttpContext, bool>? AllowAnyDocument { get; set; }

    /// <summary>Whether Apollo-style automatic persisted queries are served (default true): a hash first, the text once when unknown.</summary>
    public bool EnableAutomaticPersistedQueries { get; set; } = true;

    /// <summary>How many automatically persisted documents each node remembers (default 1,000; least recently used go first).</summary>
    public int AutomaticPersistedQueryCacheSize { get; set; } = 1000;
}
