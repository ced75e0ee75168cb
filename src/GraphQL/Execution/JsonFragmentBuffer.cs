using System.Buffers;

namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// The bytes of one request's <see cref="JsonFragment"/>s, in one array rented from the shared pool instead of an
/// array per fragment (a dashboard response is ~60 fragments, ~19 KB). The endpoint gives the array back with
/// <see cref="ExecutionResult.ReleaseJsonFragments"/> once the response is written; after that a fragment cannot be
/// read any more (it throws rather than read bytes that the pool has handed to another request).
/// </summary>
internal sealed class JsonFragmentBuffer
{
    private const int InitialSize = 16 * 1024;

    // Fields of one run may complete on different threads: appends and the release take the lock.
    private readonly Lock _lock = new();
    private byte[] _bytes = [];
    private int _length;
    private bool _released;

    /// <summary>Copies <paramref name="utf8Json"/> in, as a fragment that refers to its place here.</summary>
    public JsonFragment Append(ReadOnlySpan<byte> utf8Json)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_released, this);
            if (_bytes.Length - _length < utf8Json.Length) Grow(utf8Json.Length);
            utf8Json.CopyTo(_bytes.AsSpan(_length));
            var fragment = new JsonFragment(this, _length, utf8Json.Length);
            _length += utf8Json.Length;
            return fragment;
        }
    }

    /// <summary>A fragment's bytes; valid until <see cref="Release"/>.</summary>
    public ReadOnlyMemory<byte> Read(int offset, int length)
    {
        ObjectDisposedException.ThrowIf(_released, this);
        return _bytes.AsMemory(offset, length);
    }

    /// <summary>Gives the array back to the pool; the fragments cannot be read after this.</summary>
    public void Release()
    {
        lock (_lock)
        {
            if (_released) return;
            _released = true;
            if (_bytes.Length > 0) ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
        }
    }

    private void Grow(int needed)
    {
        // Fragments refer to offsets, not to the array, so moving to a larger one keeps them valid.
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(InitialSize, Math.Max(_bytes.Length * 2, _length + needed)));
        _bytes.AsSpan(0, _length).CopyTo(larger);
        if (_bytes.Length > 0) ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = larger;
    }
}
