using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>
/// A leaf value with its three coercions (spec §3.5): result coercion (<see cref="Serialize"/>), input coercion
/// from variables (<see cref="ParseValue"/>) and from literals (<see cref="ParseLiteral"/>). Failures throw
/// <see cref="GraphQLException"/> with graphql-js's messages.
/// </summary>
public abstract class ScalarType : NamedType, ILeafType
{
    /// <summary>Creates a scalar.</summary>
    protected ScalarType(string name) : base(name) { }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.SCALAR;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy</c>), if any.</summary>
    public string? SpecifiedByUrl { get; init; }

    /// <summary>Turns a resolver's value into a JSON-serialisable value (string, number, bool, JsonElement …).</summary>
    public abstract object Serialize(object value);

    /// <summary>Turns a variable's value (string, long, double, bool, lists and dictionaries from JSON) into the runtime value.</summary>
    public abstract object ParseValue(object value);

    /// <summary>Turns a literal (never a variable, never null) into the runtime value.</summary>
    public abstract object ParseLiteral(ValueNode literal);

    /// <summary>Turns a runtime value into a literal, for printing default values.</summary>
    public virtual ValueNode ToLiteral(object value) => ValueLiterals.FromExternal(Serialize(value));

    /// <summary>Throws the coercion error.</summary>
    protected static GraphQLException Error(string message) => new(message);
}

/// <summary>Converts plain values into literals and describes values in messages (graphql-js <c>inspect</c>).</summary>
public static class ValueLiterals
{
    /// <summary>Builds a literal from a serialised value.</summary>
    public static ValueNode FromExternal(object? value) => value switch
    {
        null => NullValueNode.Instance,
        bool b => new BooleanValueNode(b),
        string s => new StringValueNode(s),
        int or long or short or byte or sbyte or uint or ushort or ulong => new IntValueNode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
        double d when Math.Floor(d) == d && Math.Abs(d) < 1e21 => new IntValueNode(((decimal)d).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        double d => new FloatValueNode(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        float f => FromExternal((double)f),
        decimal m => m == decimal.Truncate(m) ? new IntValueNode(decimal.Truncate(m).ToString(System.Globalization.CultureInfo.InvariantCulture)) : new FloatValueNode(m.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        System.Text.Json.JsonElement e => FromJson(e),
        IReadOnlyDictionary<string, object?> map => new ObjectValueNode { Fields = map.Select(kv => new ObjectFieldNode { Name = new NameNode(kv.Key), Value = FromExternal(kv.Value) }).ToList() },
        IDictionary<string, object?> map => new ObjectValueNode { Fields = map.Select(kv => new ObjectFieldNode { Name = new NameNode(kv.Key), Value = FromExternal(kv.Value) }).ToList() },
        System.Collections.IEnumerable list => new ListValueNode { Values = list.Cast<object?>().Select(FromExternal).ToList() },
        _ => new StringValueNode(value.ToString() ?? ""),
    };

    private static ValueNode FromJson(System.Text.Json.JsonElement e) => e.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined => NullValueNode.Instance,
        System.Text.Json.JsonValueKind.True => new BooleanValueNode(true),
        System.Text.Json.JsonValueKind.False => new BooleanValueNode(false),
        System.Text.Json.JsonValueKind.String => new StringValueNode(e.GetString()!),
        System.Text.Json.JsonValueKind.Number => e.TryGetInt64(out _) ? new IntValueNode(e.GetRawText()) : new FloatValueNode(e.GetRawText()),
        System.Text.Json.JsonValueKind.Array => new ListValueNode { Values = e.EnumerateArray().Select(FromJson).ToList() },
        _ => new ObjectValueNode { Fields = e.EnumerateObject().Select(p => new ObjectFieldNode { Name = new NameNode(p.Name), Value = FromJson(p.Value) }).ToList() },
    };

    /// <summary>Describes a value as graphql-js <c>inspect</c> does: strings quoted, objects as <c>{ a: 1 }</c>.</summary>
    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string s => System.Text.Json.JsonSerializer.Serialize(s, InspectJsonOptions),
        bool b => b ? "true" : "false",
        double d => JsNumber(d),
        float f => JsNumber(f),
        IFormattable n when value is int or long or short or byte or decimal or uint or ulong => n.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        System.Text.Json.JsonElement e => InspectJson(e),
        IReadOnlyDictionary<string, object?> map => map.Count == 0 ? "{}" : "{ " + string.Join(", ", map.Select(kv => kv.Key + ": " + Inspect(kv.Value))) + " }",
        IDictionary<string, object?> map => map.Count == 0 ? "{}" : "{ " + string.Join(", ", map.Select(kv => kv.Key + ": " + Inspect(kv.Value))) + " }",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Inspect)) + "]",
        _ => value.ToString() ?? "",
    };

    /// <summary>Formats a number as JavaScript's <c>String(number)</c> does (for messages that must match graphql-js).</summary>
    public static string JsNumber(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsInfinity(d)) return d > 0 ? "Infinity" : "-Infinity";
        if (Math.Floor(d) == d && Math.Abs(d) < 1e21) return ((decimal)d).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var s = d.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        int e = s.IndexOf('E');
        if (e < 0) return s;
        int exponent = int.Parse(s[(e + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return s[..e] + "e" + (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static readonly System.Text.Json.JsonSerializerOptions InspectJsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string InspectJson(System.Text.Json.JsonElement e) => e.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => !e.EnumerateObject().Any() ? "{}" : "{ " + string.Join(", ", e.EnumerateObject().Select(p => p.Name + ": " + InspectJson(p.Value))) + " }",
        System.Text.Json.JsonValueKind.Array => "[" + string.Join(", ", e.EnumerateArray().Select(InspectJson)) + "]",
        System.Text.Json.JsonValueKind.String => Inspect(e.GetString()),
        _ => e.GetRawText(),
    };
}
