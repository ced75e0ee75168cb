using MimeKit;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// The composed emails of deliveries that wait for a retry, one .eml file per delivery under
/// <c>&lt;data&gt;/delivery-retries</c>. Storing the message (rather than composing it again) keeps a retry
/// independent of the run's in-memory result and sends exactly the bytes of the first attempt, Message-ID included.
/// Written and read as streams, so a large attachment never sits in memory. Removed when the delivery is final.
/// </summary>
public sealed class StoredEmails(DataDirectory data)
{
    private string Folder => Path.Combine(data.Path, "delivery-retries");

    private string PathOf(Guid deliveryId) => Path.Combine(Folder, deliveryId.ToString("N") + ".eml");

    /// <summary>Stores the message for a later attempt, replacing an earlier copy; never leaves half a file behind.</summary>
    public async Task SaveAsync(Guid deliveryId, MimeMessage message, CancellationToken cancellationToken)
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
    /// Opens the stored message; its parts are read from the file as it is sent (keep the returned stream open
    /// until then). Null when there is none (e.g. the data folder was replaced).
    /// </summary>
    public async Task<(MimeMessage Message, Stream File)?> OpenAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        FileStream file;
        try
        {
            file = new FileStream(PathOf(deliveryId), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        try
        {
            var message = await MimeMessage.LoadAsync(file, persistent: true, cancellationToken);
            return (message, file);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>The deliveries that have a stored message.</summary>
    public IReadOnlyList<Guid> List() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.eml").Select(f => Guid.TryParseExact(Path.GetFileNameWithoutExtension(f), "N", out var id) ? id : Guid.Empty)
                .Where(id => id != Guid.Empty).ToList()
            : [];

    /// <summary>Removes the stored message, if any.</summary>
    public void Delete(Guid deliveryId)
    {
        try
        {
            File.Delete(PathOf(deliveryId));
        }
        catch (IOException)
        {
            // A leftover file is only wasted space; the delivery is final either way.
        }
    }
}
