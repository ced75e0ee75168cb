using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary>One file of an email: attached, or offered by signed link.</summary>
/// <param name="Artifact">The stored file.</param>
/// <param name="Link">The signed link when the file does not fit the attachment limit; null when attached.</param>
public sealed record PlannedFile(StoredArtifact Artifact, SignedArtifactLink? Link);

/// <summary>
/// Decides which files are attached and which go by link, once per execution so every recipient gets the same:
/// files are attached in order while the total after base64 (4/3 of the size, rounded up to 4 bytes) stays within
/// <see cref="DeliveryOptions.MaxAttachmentBytes"/>; every file that does not fit gets a link instead.
/// </summary>
public static class EmailFilePlan
{
    /// <summary>Size of <paramref name="bytes"/> after base64 encoding.</summary>
    public static long Base64Size(long bytes) => (bytes + 2) / 3 * 4;

    /// <summary>The plan for <paramref name="artifacts"/>.</summary>
    public static IReadOnlyList<PlannedFile> Make(IReadOnlyList<StoredArtifact> artifacts, long maxAttachmentBytes, Func<Guid, SignedArtifactLink> link)
    {
        var budget = maxAttachmentBytes;
        var plan = new List<PlannedFile>(artifacts.Count);
        foreach (var artifact in artifacts)
        {
            var encoded = Base64Size(artifact.SizeBytes);
            if (encoded <= budget)
            {
                budget -= encoded;
                plan.Add(new PlannedFile(artifact, null));
            }
            else
            {
                plan.Add(new PlannedFile(artifact, link(artifact.ArtifactId)));
            }
        }

        return plan;
    }
}
