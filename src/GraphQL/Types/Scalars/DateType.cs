using System.Globalization;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>Date: an ISO 8601 calendar date <c>yyyy-MM-dd</c>. Runtime value: <see cref="DateOnly"/>.</summary>
public sealed class DateType : ScalarType
{
    /// <summary>Creates the Date scalar.</summary>
    public DateType() : base("Date")
    {
        Description = "A calendar date without time or offset, as ISO 8601 text yyyy-MM-dd, e.g. `2026-11-21`.";
        SpecifiedByUrl = "https://tools.ietf.org/html/rfc3339";
    }

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => DateOnly.FromDateTime(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s => ((DateOnly)Parse(s)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw Error($"Date cannot represent value: {ValueLiterals.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => value switch
    {
        string s => Parse(s),
        DateOnly d => d,
        _ => throw Error($"Date cannot represent non-string value: {ValueLiterals.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
        => literal is StringValueNode s ? Parse(s.Value) : throw Error($"Date cannot represent non-string value: {Printer.Print(literal)}");

    private static DateOnly Parse(string text)
        => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Error($"Date cannot represent an invalid date string {ValueLiterals.Inspect(text)}; expected yyyy-MM-dd, e.g. \"2026-11-21\".");
}
