using Microsoft.EntityFrameworkCore;
using ReportGraph.Abstractions;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary>Whether a download link from a report email still downloads, and if not, why.</summary>
public enum DownloadLinkStatus
{
    /// <summary>The file can be downloaded from `url` until `expiresAt`.</summary>
    Available,

    /// <summary>The link's time is up (`expiresAt` says when); the sender can run the report again for a new link.</summary>
    Expired,

    /// <summary>The file was removed under the retention policy (or its schedule was deleted) after the email was sent.</summary>
    Removed,

    /// <summary>Not a download link of this server: copied incompletely, altered, or made by another installation.</summary>
    NotValid,
}

/// <summary>
/// What a download link from a report email leads to, for the web app's landing page. The file's details are given
/// only while it can be downloaded, and are what the email itself showed.
/// </summary>
[GraphQLName("DownloadLink")]
public sealed class DownloadLinkView
{
    /// <summary>Whether the file can be downloaded; the other fields are null when it cannot, except expiresAt for an expired or removed file.</summary>
    public DownloadLinkStatus Status { get; init; }

    /// <summary>The file's name, e.g. "Weekly tutors 2026-11-23.pdf".</summary>
    public string? FileName { get; init; }

    /// <summary>The file's format.</summary>
    public ReportFormat? Format { get; init; }

    /// <summary>The file's MIME type, e.g. "application/pdf".</summary>
    public string? ContentType { get; init; }

    /// <summary>The file's size in bytes.</summary>
    public long? SizeBytes { get; init; }

    /// <summary>When the link stops (or stopped) working; null for a link that is not valid.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The name of the schedule whose run made the file (the email's heading).</summary>
    public string? ScheduleName { get; init; }

    /// <summary>The period the report covers, e.g. "Week 47, 2026"; null when the report has none.</summary>
    public string? PeriodLabel { get; init; }

    /// <summary>When the run was due (a run started by hand: when it was started).</summary>
    public DateTimeOffset? ScheduledFor { get; init; }

    /// <summary>The direct download, relative to this server: "/files/" and the token (a plain link; no sign-in needed).</summary>
    public string? Url { get; init; }
}

/// <summary>The landing page of an emailed download link: open to anyone, the signed token is the key.</summary>
[ExtendObjectType("Query")]
public sealed class DownloadLinkQueries
{
    /// <summary>
    /// What the download link with this token leads to: the file and its run while it can be downloaded, otherwise why
    /// not (status EXPIRED, REMOVED or NOT_VALID). No sign-in needed. Example: `downloadLink(token: "CfDJ8…") { status fileName sizeBytes expiresAt url }`.
    /// </summary>
    /// <param name="token">The token from the email's download link: the part after /email/files/ (or /files/).</param>
    public async Task<DownloadLinkView> DownloadLink(string token, IResolverContext context, [Service] SignedArtifactLinks links, [Service] ArtifactStore store)
    {
        var reading = links.Inspect(token);
        if (reading is not { State: ArtifactLinkState.Valid, ArtifactId: { } artifactId })
        {
            return reading.State == ArtifactLinkState.Expired
                ? new DownloadLinkView { Status = DownloadLinkStatus.Expired, ExpiresAt = reading.ExpiresAt }
                : new DownloadLinkView { Status = DownloadLinkStatus.NotValid };
        }

        var found = await ApiDb.Open(context).Set<Artifact>().AsNoTracking().Where(a => a.Id == artifactId)
            .Select(a => new
            {
                a.FileName,
                a.Format,
                a.ContentType,
                a.SizeBytes,
                a.StoragePath,
                a.Execution!.Schedule!.Name,
                a.Execution.PeriodLabel,
                a.Execution.ScheduledFor,
            })
            .SingleOrDefaultAsync(context.RequestAborted);
        // A genuine token whose artifact is gone: retention removed the run (or the schedule was deleted) after sending.
        if (found is null || !await store.ExistsAsync(artifactId, found.StoragePath, context.RequestAborted))
        {
            return new DownloadLinkView { Status = DownloadLinkStatus.Removed, ExpiresAt = reading.ExpiresAt };
        }

        return new DownloadLinkView
        {
            Status = DownloadLinkStatus.Available,
            FileName = found.FileName,
            Format = found.Format,
            ContentType = found.ContentType,
            SizeBytes = found.SizeBytes,
            ExpiresAt = reading.ExpiresAt,
            ScheduleName = found.Name,
            PeriodLabel = found.PeriodLabel,
            ScheduledFor = found.ScheduledFor,
            Url = "/files/" + token,
        };
    }
}
