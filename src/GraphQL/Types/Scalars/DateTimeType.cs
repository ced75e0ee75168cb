using System.Globalization;
using System.Text.RegularExpressions;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>DateTime: an RFC 3339 date-time that always carries an offset, e.g. <c>2026-11-21T09:30:00.000+01:00</c>. Runtime value: <see cref="DateTimeOffset"/>.</summary>
public sealed partial class DateTimeType : ScalarType
{
    /// <summary>Creates the DateTime scalar.</summary>
    public DateTimeType() : base("DateTime")
    {
        Description = "A date and time with its offset from UTC, as RFC 3339 text, e.g. `2026-11-21T09:30:00.000+01:00` or `2026-11-21T08:30:00Z`.";
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time";
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Rfc3339();

    /// <summary>Formats as RFC 3339 with milliseconds; UTC as Z.</summary>
    public static string Format(DateTimeOffset value)
        => value.Offset == System.TimeSpan.Zero
            ? FormatUtc(value.UtcDateTime)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> written digit by digit: UTC is what results hold almost always, and a custom
    /// format string is parsed again on every call (this was a visible share of a list of runs' serialisation).
    /// </summary>
    private static string FormatUtc(DateTime t) => string.Create(UtcLength, t, static (span, t) => WriteUtc(span, t));

    private const int UtcLength = 24;

    /// <summary>
    /// Writes a UTC value as the JSON string <see cref="Format"/> gives, from UTF-8 bytes without the string in
    /// between (the text is ASCII letters, digits and punctuation, which JSON never escapes); false for other offsets.
    /// </summary>
    internal static bool TryWriteUtc(System.Text.Json.Utf8JsonWriter writer, DateTimeOffset value)
    {
        if (value.Offset != System.TimeSpan.Zero) return false;
        Span<byte> utf8 = stackalloc byte[UtcLength];
        WriteUtc(utf8, value.UtcDateTime);
        writer.WriteStringValue(utf8);
        return true;
    }

    /// <summary>The characters of <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, as UTF-16 or UTF-8 code units.</summary>
    private static void WriteUtc<T>(Span<T> span, DateTime t) where T : System.Numerics.IBinaryInteger<T>
    {
        Digits(span[..4], t.Year);
        span[4] = T.CreateTruncating('-');
        Digits(span.Slice(5, 2), t.Month);
        span[7] = T.CreateTruncating('-');
        Digits(span.Slice(8, 2), t.Day);
        span[10] = T.CreateTruncating('T');
        Digits(span.Slice(11, 2), t.Hour);
        span[13] = T.CreateTruncating(':');
        Digits(span.Slice(14, 2), t.Minute);
        span[16] = T.CreateTruncating(':');
        Digits(span.Slice(17, 2), t.Second);
        span[19] = T.CreateTruncating('.');
        Digits(span.Slice(20, 3), t.Millisecond);
        span[23] = T.CreateTruncating('Z');
    }

    /// <summary>Writes a non-negative number zero-padded to the span's width.</summary>
    private static void Digits<T>(Span<T> span, int value) where T : System.Numerics.IBinaryInteger<T>
    {
        for (int i = span.Length - 1; i >= 0; i--)
        {
            span[i] = T.CreateTruncating('0' + value % 10);
            value /= 10;
        }
    }

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        DateTimeOffset d => Format(d),
        DateTime d when d.Kind == DateTimeKind.Unspecified => throw Error($"DateTime cannot represent a date-time without offset: {ValueLiterals.Inspect(d.ToString("O", CultureInfo.InvariantCulture))}"),
        DateTime d => Format(new DateTimeOffset(d)),
        string s => Format(Parse(s)),
        _ => throw Error($"DateTime cannot represent value: {ValueLiterals.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => value switch
    {
        string s => Parse(s),
        DateTimeOffset d => d,
        _ => throw Error($"DateTime cannot represent non-string value: {ValueLiterals.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
        => literal is StringValueNode s ? Parse(s.Value) : throw Error($"DateTime cannot represent non-string value: {Printer.Print(literal)}");

    private static DateTimeOffset Parse(string text)
    {
        if (Rfc3339().IsMatch(text) && DateTimeOffset.TryParse(text.ToUpperInvariant(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var result))
            return result;
        throw Error($"DateTime cannot represent an invalid date-time string {ValueLiterals.Inspect(text)}; expected RFC 3339 with an offset, e.g. \"2026-11-21T09:30:00Z\".");
    }
}
