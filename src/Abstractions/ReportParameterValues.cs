using System.Globalization;

namespace ReportGraph.Abstractions;

/// <summary>
/// Validated parameter values handed to a report. Every declared parameter is present with a
/// value of its declared CLR type (or null when optional and not given).
/// </summary>
public sealed class ReportParameterValues
{
    private readonly IReadOnlyDictionary<string, object?> _values;

    /// <summary>Wraps already validated values, keyed by parameter name.</summary>
    public ReportParameterValues(IReadOnlyDictionary<string, object?> values) => _values = values;

    /// <summary>An empty set, for reports without parameters.</summary>
    public static ReportParameterValues Empty { get; } = new(new Dictionary<string, object?>());

    /// <summary>All values by parameter name.</summary>
    public IReadOnlyDictionary<string, object?> All => _values;

    /// <summary>Whether a non-null value is present for <paramref name="name"/>.</summary>
    public bool Has(string name) => _values.TryGetValue(name, out var v) && v is not null;

    /// <summary>The raw value, or null.</summary>
    public object? this[string name] => _values.TryGetValue(name, out var v) ? v : null;

    /// <summary>A String or Choice value.</summary>
    public string? GetString(string name) => this[name] switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var o => o.ToString(),
    };

    /// <summary>An Integer value.</summary>
    public long? GetInt64(string name) => this[name] is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : null;

    /// <summary>A Decimal value.</summary>
    public decimal? GetDecimal(string name) => this[name] is { } v ? Convert.ToDecimal(v, CultureInfo.InvariantCulture) : null;

    /// <summary>A Boolean value.</summary>
    public bool? GetBoolean(string name) => this[name] is { } v ? Convert.ToBoolean(v, CultureInfo.InvariantCulture) : null;

    /// <summary>A Date value.</summary>
    public DateOnly? GetDate(string name) => this[name] switch
    {
        null => null,
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        var o => DateOnly.Parse(Convert.ToString(o, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };
}
