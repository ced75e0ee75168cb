using System.Collections.Frozen;
using System.Text.Json;

namespace ReportGraph.GraphQL.Http.PersistedDocuments;

/// <summary>The trusted documents of a manifest folder, by normalised id (<see cref="DocumentHash.Normalize"/>).</summary>
public sealed class PersistedDocumentManifest
{
    /// <summary>A manifest without documents.</summary>
    public static readonly PersistedDocumentManifest Empty = new(FrozenDictionary<string, string>.Empty, FrozenSet<string>.Empty);

    private readonly FrozenDictionary<string, string> _byId;
    private readonly FrozenSet<string> _texts;

    private PersistedDocumentManifest(FrozenDictionary<string, string> byId, FrozenSet<string> texts)
    {
        _byId = byId;
        _texts = texts;
    }

    /// <summary>How many documents the manifests hold.</summary>
    public int Count => _byId.Count;

    /// <summary>The document stored under <paramref name="id"/> (with or without <c>sha256:</c>).</summary>
    public bool TryGet(string id, out string document) => _byId.TryGetValue(DocumentHash.Normalize(id), out document!);

    /// <summary>Whether exactly this text is one of the trusted documents.</summary>
    public bool Contains(string document) => _texts.Contains(document);

    /// <summary>
    /// Reads every <c>*.json</c> of <paramref name="directory"/>. Throws <see cref="InvalidDataException"/> naming the file
    /// and what is wrong when a file is not a manifest, or when an id that is a SHA-256 is not the hash of its document
    /// (a manifest from another hash algorithm or a hand-edited document would otherwise be trusted under a false name).
    /// </summary>
    public static PersistedDocumentManifest Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new InvalidDataException($"The persisted documents folder \"{directory}\" does not exist.");
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var (id, document) in ReadFile(file))
            {
                var key = DocumentHash.Normalize(id);
                if (DocumentHash.IsSha256Hex(key) && DocumentHash.Of(document) != key)
                    throw new InvalidDataException($"{file}: the id \"{id}\" is not the SHA-256 of its document; generate the manifest with sha256 hashes.");
                if (byId.TryGetValue(key, out var existing) && existing != document)
                    throw new InvalidDataException($"{file}: the id \"{id}\" names two different documents.");
                byId[key] = document;
            }
        }
        return new PersistedDocumentManifest(byId.ToFrozenDictionary(StringComparer.Ordinal), byId.Values.ToFrozenSet(StringComparer.Ordinal));
    }

    private static List<(string Id, string Document)> ReadFile(string file)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{file}: not valid JSON ({ex.Message}).", ex);
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"{file}: expected a JSON object (graphql-codegen's {{ \"<hash>\": \"<document>\" }} or an Apollo persisted query manifest).");
            var entries = new List<(string Id, string Document)>();
            if (root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String)
            {
                if (format.GetString() != "apollo-persisted-query-manifest" || !root.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
                {
                    throw new InvalidDataException($"{file}: unknown manifest format \"{format.GetString()}\"; expected \"apollo-persisted-query-manifest\" with an \"operations\" array.");
                }
                foreach (var operation in operations.EnumerateArray())
                {
                    if (operation.ValueKind != JsonValueKind.Object
                        || !operation.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                        || !operation.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.String)
                    {
                        throw new InvalidDataException($"{file}: every operation needs a string \"id\" and \"body\".");
                    }
                    entries.Add((id.GetString()!, body.GetString()!));
                }
                return entries;
            }
            foreach (var property in root.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                    throw new InvalidDataException($"{file}: the value of \"{property.Name}\" must be the document's text.");
                entries.Add((property.Name, property.Value.GetString()!));
            }
            return entries;
        }
    }
}
