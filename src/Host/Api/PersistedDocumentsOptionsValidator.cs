using Microsoft.Extensions.Options;
using ReportGraph.GraphQL.Http.PersistedDocuments;

namespace ReportGraph.Host.Api;

/// <summary>Reads the manifests at start, so a missing folder or a broken manifest stops the host with one line naming the key.</summary>
internal sealed class PersistedDocumentsOptionsValidator(IHostEnvironment environment) : IValidateOptions<PersistedDocumentsOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistedDocumentsOptions options)
    {
        if (options.OnlyPersistedDocuments && string.IsNullOrEmpty(options.PersistedDocuments))
            return ValidateOptionsResult.Fail("GraphQL:OnlyPersistedDocuments needs GraphQL:PersistedDocuments, the folder of the manifests to accept.");
        if (string.IsNullOrEmpty(options.PersistedDocuments)) return ValidateOptionsResult.Success;
        try
        {
            PersistedDocumentManifest.Load(ResolvePath(environment, options.PersistedDocuments));
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail($"GraphQL:PersistedDocuments must be a folder of persisted document manifests: {e.Message}");
        }
    }

    /// <summary>The folder, relative paths taken from the content root.</summary>
    public static string ResolvePath(IHostEnvironment environment, string path) => Path.GetFullPath(path, environment.ContentRootPath);
}
