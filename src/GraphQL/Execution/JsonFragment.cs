namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// A completed list or object value already written as compact JSON (<see cref="JsonFragmentWriter"/>), in place of
/// its <see cref="ResultMap"/>s and arrays: a slice of its request's <see cref="JsonFragmentBuffer"/>. Only results
/// that go to <see cref="ExecutionResultWriter"/> hold them.
/// </summary>
internal sealed class JsonFragment(JsonFragmentBuffer buffer, int offset, int length)
{
    /// <summary>The JSON text; readable until the request's buffer is released.</summary>
    public ReadOnlyMemory<byte> Utf8Json => buffer.Read(offset, length);
}
