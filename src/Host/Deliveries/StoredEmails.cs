using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// The composed emails of deliveries that wait for a retry. Where artifacts go to the store
/// (<c>Storage:Artifacts=Database</c>, the default on PostgreSQL) they are kept there too, in chunks
/// (<c>delivery_email_chunks</c>), so any node of a cluster can send them after the node that composed them is gone;
/// otherwise one .eml file per delivery under <c>&lt;data&gt;/delivery-retries</c>. Storing the message (rather than
/// composing it again) keeps a retry independent of the run's in-memory result and sends exactly the bytes of the
/// first attempt, Message-ID included. Written and read as streams, so a large attachment never sits in memory.
/// Removed when the delivery is final (and with the delivery's row).
/// </summary>
/// <param name="data">The node's data folder.</param>
/// <param name="dbs">The store.</param>
/// <param name="inStore">Whether new emails are kept in the store rather than the data folder.</param>
public sealed class StoredEmails(DataDirectory data, IDbContextFactory<ReportGraphDbContext> dbs, bool inStore)
{
    /// <summary>Emails kept where the artifact store keeps new files.</summary>
    public StoredEmails(DataDirectory data, IDbContextFactory<ReportGraphDbContext> dbs, ArtifactStore artifacts)
        : this(data, dbs, artifacts.NewFiles == ArtifactStorage.Database)
    {
    }

    private string Folder => Path.Combine(data.Path, "delivery-retries");

    private string PathOf(Guid deliveryId) => Path.Combine(Folder, deliveryId.ToString("N") + ".eml");

    /// <summary>Stores the message for a later attempt, replacing an earlier copy; never leaves half a message behind.</summary>
    public Task SaveAsync(Guid deliveryId, MimeMessage message, CancellationToken cancellationToken) =>
        inStore ? SaveInStoreAsync(deliveryId, message, cancellationToken) : SaveInFolderAsync(deliveryId, message, cancellationToken);

    private async Task SaveInStoreAsync(Guid deliveryId, MimeMessage message, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        // One transaction: another node sees the whole message or none of it (the previous copy, if any).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<KeptEmailChunk>().Where(c => c.DeliveryId == deliveryId).ExecuteDeleteAsync(cancellationToken);
        await using (var chunks = new ChunkWriteStream(db, (sequence, bytes) => new KeptEmailChunk { DeliveryId = deliveryId, Sequence = sequence, Data = bytes }))
        {
            await message.WriteToAsync(chunks, cancellationToken);
            await chunks.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SaveInFolderAsync(Guid deliveryId, MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var target = PathOf(deliveryId);
        var partial = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await message.WriteToAsync(file, cancellationToken);
            }

            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Opens the stored message, from the store or else from this node's folder (emails kept before a switch of
    /// <c>Storage:Artifacts</c>); its parts are read as it is sent (keep the returned stream open until then). Null
    /// when there is none (e.g. kept in the folder of another node, or the data folder was replaced).
    /// </summary>
    public async Task<(MimeMessage Message, Stream File)?> OpenAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var source = await OpenInStoreAsync(deliveryId, cancellationToken) ?? OpenInFolder(deliveryId);
        if (source is null)
        {
            return null;
        }

        try
        {
            var message = await MimeMessage.LoadAsync(source, persistent: true, cancellationToken);
            return (message, source);
        }
        catch
        {
            await source.DisposeAsync();
            throw;
        }
    }

    private async Task<Stream?> OpenInStoreAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var kept = await db.Set<KeptEmailChunk>().Where(c => c.DeliveryId == deliveryId).GroupBy(c => c.DeliveryId)
            .Select(g => new { Length = g.Sum(c => (long)c.Data.Length) }).SingleOrDefaultAsync(cancellationToken);
        return kept is null
            ? null
            : new ChunkReadStream(dbs, (chunks, sequence) => chunks.Set<KeptEmailChunk>().Where(c => c.DeliveryId == deliveryId && c.Sequence == sequence).Select(c => c.Data),
                kept.Length, $"The email kept for delivery {deliveryId} is no longer in the store (the delivery was settled).");
    }

    private FileStream? OpenInFolder(Guid deliveryId)
    {
        try
        {
            return new FileStream(PathOf(deliveryId), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Removes the stored message, if any.</summary>
    public async Task DeleteAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            await db.Set<KeptEmailChunk>().Where(c => c.DeliveryId == deliveryId).ExecuteDeleteAsync(cancellationToken);
        }
        catch (DbException)
        {
            // The delivery is final either way; the next sweep (SweepAsync) removes what is left.
        }

        try
        {
            File.Delete(PathOf(deliveryId));
        }
        catch (IOException)
        {
            // A leftover file is only wasted space; the delivery is final either way.
        }
    }

    /// <summary>
    /// Removes kept emails whose delivery is gone (its schedule or execution was deleted) or final, so report
    /// contents do not outlive their rows. An email is written only while its row exists and is Pending, so this never
    /// removes one a retry still needs. Chunks in the store go with a deleted delivery (cascade).
    /// </summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            await db.Set<KeptEmailChunk>()
                .Where(c => !db.Set<Delivery>().Any(d => d.Id == c.DeliveryId && d.Status == DeliveryStatus.Pending))
                .ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var chunk in ListFolder().Chunk(500))
        {
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            var waiting = (await db.Set<Delivery>().Where(d => chunk.Contains(d.Id) && d.Status == DeliveryStatus.Pending).Select(d => d.Id).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var id in chunk.Where(id => !waiting.Contains(id)))
            {
                await DeleteAsync(id, cancellationToken);
            }
        }
    }

    private List<Guid> ListFolder() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.eml").Select(f => Guid.TryParseExact(Path.GetFileNameWithoutExtension(f), "N", out var id) ? id : Guid.Empty)
                .Where(id => id != Guid.Empty).ToList()
            : [];
}
