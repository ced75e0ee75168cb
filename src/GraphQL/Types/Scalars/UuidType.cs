using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>UUID: RFC 4122 text with hyphens, e.g. <c>0b6f3c2e-8f43-4c39-9f0e-2f2a9d6c1a11</c>. Runtime value: <see cref="Guid"/>.</summary>
public sealed class UuidType : ScalarType
{
    /// <summary>Creates the UUID scalar.</summary>
    public UuidType() : base("UUID")
    {
        Description = "A universally unique identifier as RFC 4122 text, e.g. `0b6f3c2e-8f43-4c39-9f0e-2f2a9d6c1a11`.";
        SpecifiedByUrl = "https://tools.ietf.org/html/rfc4122";
    }

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        Guid g => g.ToString("D"),
        string s => Parse(s).ToString("D"),
        _ => throw Error($"UUID cannot represent value: {ValueLiterals.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => value switch
    {
        string s => Parse(s),
        Guid g => g,
        _ => throw Error($"UUID cannot represent non-string value: {ValueLiterals.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
        => literal is StringValueNode s ? Parse(s.Value) : throw Error($"UUID cannot represent non-string value: {Printer.Print(literal)}");

    private static Guid Parse(string text)
        => Guid.TryParseExact(text, "D", out var g) ? g
            : throw Error($"UUID cannot represent an invalid UUID string {ValueLiterals.Inspect(text)}; expected 8-4-4-4-12 hex digits.");
}
