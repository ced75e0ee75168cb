using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using MimeKit.IO;
using MimeKit.IO.Filters;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// The base64 of a delivery pass's attached files, encoded once and shared by all its emails instead of once per
/// recipient (with ten recipients, encoding and reading the files again was a tenth of the host's CPU in a burst).
/// MimeKit writes content that is already in the part's transfer encoding as it is, so every email carries the same
/// bytes it did when each encoded its own copy. Files larger than <see cref="MaxEncodedBytes"/> are still streamed
/// from the store per email, so a pass never holds a large file in memory. A file that cannot be read fails each
/// email that attaches it with the same error as before (the failed encoding is kept and rethrown).
/// The encodings are written into arrays rented from the shared pool and given back when the pass is disposed: a
/// report's base64 is a large object (over 85 KB), which the runtime only collects in full collections, so a burst of
/// executions each allocating new ones grew the large object heap by tens of megabytes (README → Measured).
/// </summary>
/// <param name="artifacts">Where the files are read from.</param>
/// <param name="cancellationToken">The pass's token: an encoding is shared, so it does not stop for one email.</param>
internal sealed class EncodedAttachments(ArtifactStore artifacts, CancellationToken cancellationToken) : IDisposable
{
    /// <summary>Files up to this size after base64 are encoded in memory (at most a few per execution running).</summary>
    public const long MaxEncodedBytes = 4 * 1024 * 1024;

    private const int CopyBufferBytes = 32 * 1024;

    private readonly ConcurrentDictionary<Guid, Lazy<Task<ArraySegment<byte>>>> _encoded = new();
    private readonly List<byte[]> _rented = [];

    /// <summary>The file's content, base64-encoded, or null when it is too large to keep (the caller streams it).</summary>
    public async Task<EncodedContent?> ContentAsync(StoredArtifact artifact)
    {
        if (EmailFilePlan.Base64Size(artifact.SizeBytes) > MaxEncodedBytes)
        {
            return null;
        }

        var bytes = await _encoded.GetOrAdd(artifact.ArtifactId, _ => new Lazy<Task<ArraySegment<byte>>>(() => EncodeAsync(artifact))).Value;
        // A stream of its own per email: emails of one pass are written at the same time.
        return new EncodedContent(bytes);
    }

    private async Task<ArraySegment<byte>> EncodeAsync(StoredArtifact artifact)
    {
        // At most this many bytes: 76 characters and a line break per 57 bytes of the file, and the last line's break.
        var buffer = ArrayPool<byte>.Shared.Rent((int)(EmailFilePlan.Base64Size(artifact.SizeBytes) * 78 / 76 + 2));
        lock (_rented)
        {
            _rented.Add(buffer);
        }

        await using var file = artifacts.OpenRead(artifact.ArtifactId, artifact.StoragePath, artifact.SizeBytes);
        // Line breaks as MimeKit's encoder writes them (LF); the newline format of each write is applied when sent or kept.
        var encoded = new MemoryStream(buffer, writable: true);
        encoded.SetLength(0);
        await using (var filtered = new FilteredStream(encoded))
        {
            filtered.Add(EncoderFilter.Create(ContentEncoding.Base64));
            // The encoder's output buffer grows to a read's encoded size (plus a line per 57 bytes): reads of 32 KB keep it
            // a small object. The copy reads as much as its pooled buffer holds, a power of two, so 48 KB would read 64 KB.
            await file.CopyToAsync(filtered, CopyBufferBytes, cancellationToken);
            await filtered.FlushAsync(cancellationToken);
        }

        return new ArraySegment<byte>(buffer, 0, (int)encoded.Length);
    }

    /// <summary>Gives the encodings' arrays back to the pool; call it when the pass's emails are all written.</summary>
    public void Dispose()
    {
        lock (_rented)
        {
            foreach (var buffer in _rented)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            _rented.Clear();
        }
    }
}
