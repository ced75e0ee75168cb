namespace ReportGraph.Host.Api;

/// <summary>Trusted documents for the GraphQL endpoint (section <c>GraphQL</c>).</summary>
public sealed class PersistedDocumentsOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>
    /// A folder of persisted document manifests (graphql-codegen client preset <c>persisted-documents.json</c> or Apollo's
    /// persisted query manifest), read at start; relative paths are from the content root. Null: none.
    /// </summary>
    public string? PersistedDocuments { get; set; }

    /// <summary>When true, members and API keys may only run documents from the manifests; administrators may run any.</summary>
    public bool OnlyPersistedDocuments { get; set; }
}
