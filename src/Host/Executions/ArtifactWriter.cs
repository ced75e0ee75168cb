using System.Globalization;
using System.Security.Cryptography;
using ReportGraph.Rendering;

namespace ReportGraph.Host.Executions;

/// <summary>
/// Where renderers write an execution's files: under <c>artifacts/yyyy/MM/{executionId}/</c> in the data
/// folder, hashing (SHA-256) and counting bytes as they stream through, so nothing is read twice.
/// A personalised run writes each parameter set's files into its own subfolder (<paramref name="subfolder"/>), as the
/// sets' files have the same names.
/// </summary>
public sealed class ArtifactWriter(string dataDirectory, Guid executionId, DateTimeOffset createdAt, string? subfolder = null) : IRenderOutput
{
    private readonly List<WrittenFile> _files = [];
    private readonly string _relativeFolder = Path.Combine(
        "artifacts", createdAt.ToString("yyyy", CultureInfo.InvariantCulture), createdAt.ToString("MM", CultureInfo.InvariantCulture), executionId.ToString("N"), subfolder ?? "");

    /// <summary>A writer for one parameter set's files, in a subfolder of this execution's folder.</summary>
    public ArtifactWriter ForSet(string name) => new(dataDirectory, executionId, createdAt, name);

    /// <summary>A finished file.</summary>
    public sealed record WrittenFile(string FileName, string ContentType, string RelativePath, string FullPath, long SizeBytes, string Sha256);

    /// <summary>Files closed so far, in creation order.</summary>
    public IReadOnlyList<WrittenFile> Files
    {
        get { lock (_files) { return _files.ToList(); } }
    }

    /// <summary>The execution's folder, relative to the data folder.</summary>
    public string RelativeFolder => _relativeFolder;

    /// <inheritdoc />
    public Stream Create(string fileName, string contentType)
    {
        var safeName = Path.GetFileName(fileName);
        if (string.IsNullOrWhiteSpace(safeName) || safeName != fileName)
        {
            throw new ArgumentException($"Renderer asked for an invalid file name '{fileName}'.", nameof(fileName));
        }

        var folder = Path.Combine(dataDirectory, _relativeFolder);
        Directory.CreateDirectory(folder);
        var relative = Path.Combine(_relativeFolder, safeName);
        var full = Path.Combine(dataDirectory, relative);
        var file = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        return new HashingWriteStream(file, (size, hash) =>
        {
            lock (_files) { _files.Add(new WrittenFile(safeName, contentType, relative, full, size, hash)); }
        });
    }

    /// <summary>Deletes the execution's folder (used before a retried attempt renders again).</summary>
    public void DeleteAll()
    {
        var folder = Path.Combine(dataDirectory, _relativeFolder);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        lock (_files) { _files.Clear(); }
    }

    /// <summary>A write-only stream that hashes and counts what passes through and reports it on close.</summary>
    private sealed class HashingWriteStream(Stream inner, Action<long, string> onClosed) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _length;
        private bool _closed;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            _length += buffer.Length;
            inner.Write(buffer);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _hash.AppendData(buffer.Span);
            _length += buffer.Length;
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_closed)
            {
                _closed = true;
                inner.Dispose();
                onClosed(_length, Convert.ToHexStringLower(_hash.GetHashAndReset()));
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            if (!_closed)
            {
                _closed = true;
                await inner.DisposeAsync();
                onClosed(_length, Convert.ToHexStringLower(_hash.GetHashAndReset()));
                _hash.Dispose();
            }

            await base.DisposeAsync();
        }
    }
}
