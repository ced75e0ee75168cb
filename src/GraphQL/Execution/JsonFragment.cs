namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// A completed list or object value already written as compact JSON (<see cref="JsonFragmentWriter"/>), in place of
/// its <see cref="ResultMap"/>s and arrays. Only results that go to <see cref="ExecutionResultWriter"/> hold them.
/// </summary>
internal sealed class JsonFragment
{
    public JsonFragment(byte[] utf8Json) => Utf8Json = utf8Json;

    public byte[] Utf8Json { get; }
}
