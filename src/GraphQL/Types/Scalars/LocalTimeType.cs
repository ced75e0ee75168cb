using System.Globalization;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>
/// LocalTime: a time of day without date or offset, ISO 8601 extended format <c>HH:mm</c> or <c>HH:mm:ss</c>
/// (24-hour clock). Runtime value: <see cref="TimeOnly"/>.
/// </summary>
public sealed class LocalTimeType : ScalarType
{
    private static readonly string[] Formats = ["HH:mm", "HH:mm:ss"];

    /// <summary>Creates the LocalTime scalar.</summary>
    public LocalTimeType() : base("LocalTime")
    {
        Description = "A time of day on a 24-hour clock without date or offset, as ISO 8601 text HH:mm or HH:mm:ss, e.g. `08:00` or `17:30:15`; written HH:mm when the seconds are zero.";
        SpecifiedByUrl = "https://en.wikipedia.org/wiki/ISO_8601#Times";
    }

    /// <summary>Formats as <c>HH:mm</c>, or <c>HH:mm:ss</c> when there are seconds (fractions are dropped).</summary>
    public static string Format(TimeOnly value)
        => value.ToString(value.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        TimeOnly t => Format(t),
        System.TimeSpan t when t >= System.TimeSpan.Zero && t < System.TimeSpan.FromDays(1) => Format(TimeOnly.FromTimeSpan(t)),
        string s => Format(Parse(s)),
        _ => throw Error($"LocalTime cannot represent value: {ValueLiterals.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => value switch
    {
        string s => Parse(s),
        TimeOnly t => t,
        _ => throw Error($"LocalTime cannot represent non-string value: {ValueLiterals.Inspect(value)}; expected HH:mm or HH:mm:ss, e.g. \"08:00\"."),
    };

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
        => literal is StringValueNode s
            ? Parse(s.Value)
            : throw Error($"LocalTime cannot represent non-string value: {Printer.Print(literal)}; expected HH:mm or HH:mm:ss in quotes, e.g. \"08:00\".");

    private static TimeOnly Parse(string text)
        => TimeOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw Error($"LocalTime cannot represent {ValueLiterals.Inspect(text)}: expected a 24-hour time of day HH:mm or HH:mm:ss (hours 00–23, two digits each), e.g. \"08:00\" or \"17:30:15\".");
}
