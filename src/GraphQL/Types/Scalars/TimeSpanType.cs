using System.Xml;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>TimeSpan: an ISO 8601 duration such as <c>PT1H30M</c> or <c>P1DT2H</c>. Runtime value: <see cref="System.TimeSpan"/>.</summary>
public sealed class TimeSpanType : ScalarType
{
    /// <summary>Creates the TimeSpan scalar.</summary>
    public TimeSpanType() : base("TimeSpan")
    {
        Description = "A duration as ISO 8601 text, e.g. `PT15M` (15 minutes), `PT1H30M` or `P1DT2H` (1 day 2 hours).";
        SpecifiedByUrl = "https://en.wikipedia.org/wiki/ISO_8601#Durations";
    }

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        System.TimeSpan t => XmlConvert.ToString(t),
        string s => XmlConvert.ToString(Parse(s)),
        _ => throw Error($"TimeSpan cannot represent value: {ValueLiterals.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => value switch
    {
        string s => Parse(s),
        System.TimeSpan t => t,
        _ => throw Error($"TimeSpan cannot represent non-string value: {ValueLiterals.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
        => literal is StringValueNode s ? Parse(s.Value) : throw Error($"TimeSpan cannot represent non-string value: {Printer.Print(literal)}");

    private static System.TimeSpan Parse(string text)
    {
        // XmlConvert accepts years and months as fixed lengths; a duration with them is ambiguous, so refuse it.
        var datePart = text.Split('T')[0];
        if (text.Length > 1 && text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal))
        {
            if (!datePart.Contains('Y') && !datePart.Contains('M'))
            {
                try { return XmlConvert.ToTimeSpan(text); }
                catch (FormatException) { }
                catch (OverflowException) { }
            }
        }
        throw Error($"TimeSpan cannot represent an invalid duration string {ValueLiterals.Inspect(text)}; expected ISO 8601 with days, hours, minutes, seconds, e.g. \"PT1H30M\".");
    }
}
