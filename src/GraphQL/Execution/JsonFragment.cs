namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// A completed list or object value already written as compact JSON (<see cref="JsonFragmentWriter"/>), in place of
/// its <see cref="ResultMap"/>s and arrays: a slice of its request's <see cref="JsonFragmentBuffer"/>. Only results
/// that go to <see cref="ExecutionResultWriter"/> hold them.
/// </summary>
internal sealed class JsonFragment
{
    private readonly JsonFragmentBuffer _buffer;
    private readonly int _offset;
    private readonly int _length;

    public JsonFragment(JsonFragmentBuffer buffer, int offset, int length)
    {
        _buffer = buffer;
        _offset = offset;
        _length = length;
    }

    /// <summary>The JSON text; readable until the request's buffer is released.</summary>
    public ReadOnlyMemory<byte> Utf8Json => _buffer.Read(_offset, _length);
}
