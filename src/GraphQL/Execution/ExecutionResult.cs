using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ReportGraph.GraphQL.Errors;

namespace ReportGraph.GraphQL.Execution;

/// <summary>How far a request got; the HTTP layer maps it to status codes.</summary>
public enum RequestStatus
{
    /// <summary>The operation ran (there may be field errors).</summary>
    Executed,
    /// <summary>The document could not be parsed.</summary>
    SyntaxError,
    /// <summary>The document failed validation.</summary>
    ValidationError,
    /// <summary>No operation, unknown operation name, or several operations without a name.</summary>
    OperationResolutionError,
    /// <summary>The operation kind is not allowed for this request (e.g. a mutation over GET).</summary>
    OperationNotAllowed,
    /// <summary>Variable values could not be coerced.</summary>
    VariableError,
    /// <summary>Execution took longer than the configured timeout.</summary>
    Timeout,
}

/// <summary>The result of a request (spec §7): data (absent for request errors), errors and extensions, or a subscription stream.</summary>
public sealed class ExecutionResult
{
    /// <summary>The data; null when the root was nulled by an error or when <see cref="HasData"/> is false.</summary>
    public ResultMap? Data { get; init; }

    /// <summary>False for request errors (the response has no <c>data</c> entry).</summary>
    public bool HasData { get; init; }

    /// <summary>The errors, or null when there are none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    /// <summary>Response extensions, if any.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>How far the request got.</summary>
    public RequestStatus Status { get; init; }

    /// <summary>The kind of operation that was selected (null when none could be).</summary>
    public Language.OperationType? OperationType { get; init; }

    /// <summary>For a subscription that started: one result per source event. Dispose the enumerator to unsubscribe.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; init; }

    /// <summary>For incremental delivery (@defer/@stream): what the initial result announces as still to come.</summary>
    public IReadOnlyList<PendingResult>? Pending { get; init; }

    /// <summary>For incremental delivery: the payloads after this initial one (the last has <c>hasNext: false</c>). Enumerate it once.</summary>
    public IAsyncEnumerable<SubsequentResult>? Subsequent { get; init; }

    /// <summary>True when more payloads follow this initial result.</summary>
    [MemberNotNullWhen(true, nameof(Subsequent))]
    public bool IsIncremental => Subsequent is not null;

    /// <summary>True when this result is a subscription stream.</summary>
    [MemberNotNullWhen(true, nameof(Stream))]
    public bool IsStream => Stream is not null;

    /// <summary>The bytes of the <see cref="JsonFragment"/>s in <see cref="Data"/>, when the request asked for them (<see cref="GraphQLRequest.WritesDataAsJson"/>).</summary>
    internal JsonFragmentBuffer? JsonFragments { get; init; }

    /// <summary>
    /// Returns the fragments' pooled bytes once the result has been written (by the caller that asked for
    /// fragments); the result cannot be written again after this.
    /// </summary>
    internal void ReleaseJsonFragments() => JsonFragments?.Release();

    /// <summary>A request error result (no data).</summary>
    public static ExecutionResult RequestError(RequestStatus status, IReadOnlyList<GraphQLError> errors, Language.OperationType? operationType = null)
        => new() { Status = status, Errors = errors, HasData = false, OperationType = operationType };

    /// <summary>Serialises as the JSON response body.</summary>
    public string ToJson(bool indented = false) => ExecutionResultWriter.ToJson(this, indented);
}

/// <summary>An object in the result: entries in selection-set order.</summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    /// <summary>Creates a map with the keys; values are set by index.</summary>
    public ResultMap(string[] keys)
    {
        _keys = keys;
        _values = new object?[keys.Length];
    }

    /// <summary>Creates a map whose keys are also given JSON-encoded (same order), for the result writer.</summary>
    internal ResultMap(string[] keys, JsonEncodedText[] encodedKeys)
        : this(keys) => EncodedKeys = encodedKeys;

    /// <summary>The keys as encoded JSON property names, when known.</summary>
    internal JsonEncodedText[]? EncodedKeys { get; }

    /// <summary>Encodes keys as JSON property names the way the result writer would.</summary>
    internal static JsonEncodedText[] Encode(string[] keys)
    {
        var encoded = new JsonEncodedText[keys.Length];
        for (int i = 0; i < keys.Length; i++) encoded[i] = JsonEncodedText.Encode(keys[i], System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        return encoded;
    }

    internal void SetValue(int index, object? value) => _values[index] = value;

    /// <summary>
    /// This map already written as compact JSON, for results that are reused unchanged (cached introspection): the
    /// writer copies the bytes instead of walking the values again. Set only on maps that are never changed after.
    /// </summary>
    internal byte[]? Utf8Json { get; set; }

    internal object? GetValue(int index) => _values[index];

    internal int IndexOf(string key) => Array.IndexOf(_keys, key);

    /// <inheritdoc/>
    public int Count => _keys.Length;

    /// <summary>The key at an index.</summary>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value at an index.</summary>
    public object? ValueAt(int index) => _values[index];

    /// <inheritdoc/>
    public object? this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _keys;

    /// <inheritdoc/>
    public IEnumerable<object?> Values => _values;

    /// <inheritdoc/>
    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, out object? value)
    {
        int i = Array.IndexOf(_keys, key);
        value = i >= 0 ? _values[i] : null;
        return i >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (int i = 0; i < _keys.Length; i++) yield return new(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
