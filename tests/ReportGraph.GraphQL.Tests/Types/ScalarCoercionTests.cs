using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Types;

public class ScalarCoercionTests
{
    private static string SerializeError(ScalarType type, object value) => Assert.Throws<GraphQLException>(() => type.Serialize(value)).Message;
    private static string ParseValueError(ScalarType type, object value) => Assert.Throws<GraphQLException>(() => type.ParseValue(value)).Message;
    private static string ParseLiteralError(ScalarType type, string literal) => Assert.Throws<GraphQLException>(() => type.ParseLiteral(Parser.ParseConstValue(literal))).Message;

    [Fact]
    public void IntSerializesLikeGraphQLJs()
    {
        Assert.Equal(1, Scalars.Int.Serialize(1));
        Assert.Equal(123, Scalars.Int.Serialize("123"));
        Assert.Equal(0, Scalars.Int.Serialize(0.0));
        Assert.Equal(-1, Scalars.Int.Serialize(-1L));
        Assert.Equal(1, Scalars.Int.Serialize(true));
        Assert.Equal(100000, Scalars.Int.Serialize(1e5));
        Assert.Equal("Int cannot represent non-integer value: 0.1", SerializeError(Scalars.Int, 0.1));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 9876504321", SerializeError(Scalars.Int, 9876504321L));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 1e+100", SerializeError(Scalars.Int, 1e100));
        Assert.Equal("Int cannot represent non-integer value: \"one\"", SerializeError(Scalars.Int, "one"));
        Assert.Equal("Int cannot represent non-integer value: NaN", SerializeError(Scalars.Int, double.NaN));
    }

    [Fact]
    public void IntInputCoercionIsStrict()
    {
        Assert.Equal(1, Scalars.Int.ParseValue(1L));
        Assert.Equal(1, Scalars.Int.ParseValue(1.0));
        Assert.Equal("Int cannot represent non-integer value: \"1\"", ParseValueError(Scalars.Int, "1"));
        Assert.Equal("Int cannot represent non-integer value: 1.5", ParseValueError(Scalars.Int, 1.5));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", ParseValueError(Scalars.Int, 2147483648L));
        Assert.Equal("Int cannot represent non-integer value: true", ParseValueError(Scalars.Int, true));
        Assert.Equal(-2147483648, Scalars.Int.ParseLiteral(Parser.ParseConstValue("-2147483648")));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", ParseLiteralError(Scalars.Int, "2147483648"));
        Assert.Equal("Int cannot represent non-integer value: 1.0", ParseLiteralError(Scalars.Int, "1.0"));
        Assert.Equal("Int cannot represent non-integer value: \"1\"", ParseLiteralError(Scalars.Int, "\"1\""));
        Assert.Equal("Int cannot represent non-integer value: ENUM", ParseLiteralError(Scalars.Int, "ENUM"));
    }

    [Fact]
    public void FloatCoercion()
    {
        Assert.Equal(1.5, Scalars.Float.Serialize(1.5));
        Assert.Equal(-1.0, Scalars.Float.Serialize("-1"));
        Assert.Equal(1.0, Scalars.Float.Serialize(true));
        Assert.Equal("Float cannot represent non numeric value: \"one\"", SerializeError(Scalars.Float, "one"));
        Assert.Equal("Float cannot represent non numeric value: Infinity", SerializeError(Scalars.Float, double.PositiveInfinity));
        Assert.Equal(1.0, Scalars.Float.ParseValue(1L));
        Assert.Equal("Float cannot represent non numeric value: \"1.5\"", ParseValueError(Scalars.Float, "1.5"));
        Assert.Equal(1.0, Scalars.Float.ParseLiteral(Parser.ParseConstValue("1")));
        Assert.Equal(12.5, Scalars.Float.ParseLiteral(Parser.ParseConstValue("1.25e1")));
        Assert.Equal("Float cannot represent non numeric value: \"1\"", ParseLiteralError(Scalars.Float, "\"1\""));
    }

    [Fact]
    public void StringCoercion()
    {
        Assert.Equal("abc", Scalars.String.Serialize("abc"));
        Assert.Equal("1", Scalars.String.Serialize(1));
        Assert.Equal("-1.1", Scalars.String.Serialize(-1.1));
        Assert.Equal("true", Scalars.String.Serialize(true));
        Assert.Equal("String cannot represent value: { a: 1 }", SerializeError(Scalars.String, new Dictionary<string, object?> { ["a"] = 1 }));
        Assert.Equal("String cannot represent a non string value: 1", ParseValueError(Scalars.String, 1L));
        Assert.Equal("String cannot represent a non string value: 1", ParseLiteralError(Scalars.String, "1"));
        Assert.Equal("String cannot represent a non string value: [\"a\"]", ParseLiteralError(Scalars.String, "[\"a\"]"));
    }

    [Fact]
    public void BooleanCoercion()
    {
        Assert.Equal(true, Scalars.Boolean.Serialize(true));
        Assert.Equal(true, Scalars.Boolean.Serialize(1));
        Assert.Equal(false, Scalars.Boolean.Serialize(0));
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", SerializeError(Scalars.Boolean, "true"));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", ParseValueError(Scalars.Boolean, 1L));
        Assert.Equal("Boolean cannot represent a non boolean value: \"false\"", ParseLiteralError(Scalars.Boolean, "\"false\""));
    }

    [Fact]
    public void IdCoercion()
    {
        Assert.Equal("abc", Scalars.ID.Serialize("abc"));
        Assert.Equal("123", Scalars.ID.Serialize(123));
        Assert.Equal("ID cannot represent value: true", SerializeError(Scalars.ID, true));
        Assert.Equal("ID cannot represent value: 1.5", SerializeError(Scalars.ID, 1.5));
        Assert.Equal("7", Scalars.ID.ParseValue(7L));
        Assert.Equal("ID cannot represent value: 1.5", ParseValueError(Scalars.ID, 1.5));
        Assert.Equal("123", Scalars.ID.ParseLiteral(Parser.ParseConstValue("123")));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.5", ParseLiteralError(Scalars.ID, "1.5"));
    }

    [Fact]
    public void DateTimeRequiresAnOffset()
    {
        var parsed = (DateTimeOffset)Scalars.DateTime.ParseValue("2026-11-21T09:30:00+01:00");
        Assert.Equal(TimeSpan.FromHours(1), parsed.Offset);
        Assert.Equal("2026-11-21T09:30:00.000+01:00", Scalars.DateTime.Serialize(parsed));
        Assert.Equal("2026-11-21T08:30:00.000Z", Scalars.DateTime.Serialize(parsed.ToUniversalTime()));
        Assert.Contains("expected RFC 3339 with an offset", ParseValueError(Scalars.DateTime, "2026-11-21T09:30:00"));
        Assert.Contains("invalid date-time", ParseLiteralError(Scalars.DateTime, "\"2026-13-40T09:30:00Z\""));
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", Scalars.DateTime.SpecifiedByUrl);
        Assert.Contains("without offset", SerializeError(Scalars.DateTime, new DateTime(2026, 1, 1)));
    }

    [Fact]
    public void DateTimeInUtcIsWrittenAsTheRfc3339FormatStringWould()
    {
        // UTC values are formatted digit by digit (a hot path); milliseconds are truncated, as "fff" does.
        var random = new Random(17);
        var samples = new List<DateTimeOffset> { DateTimeOffset.MinValue, DateTimeOffset.MaxValue, new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new(999, 9, 9, 9, 9, 9, 999, TimeSpan.Zero) };
        for (int i = 0; i < 200; i++) samples.Add(new DateTimeOffset(random.NextInt64(DateTime.MaxValue.Ticks), TimeSpan.Zero));
        foreach (var value in samples)
            Assert.Equal(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture), Scalars.DateTime.Serialize(value));
    }

    [Fact]
    public void DateTimeSpanUuidAndJson()
    {
        Assert.Equal(new DateOnly(2026, 2, 28), Scalars.Date.ParseValue("2026-02-28"));
        Assert.Contains("expected yyyy-MM-dd", ParseValueError(Scalars.Date, "2026-02-30"));
        Assert.Equal(TimeSpan.FromMinutes(90), Scalars.TimeSpan.ParseValue("PT1H30M"));
        Assert.Equal("P1DT2H", Scalars.TimeSpan.Serialize(TimeSpan.FromHours(26)));
        Assert.Contains("ISO 8601", ParseValueError(Scalars.TimeSpan, "P1M"));
        Assert.Contains("ISO 8601", ParseValueError(Scalars.TimeSpan, "90 minutes"));
        var id = Guid.NewGuid();
        Assert.Equal(id, Scalars.Uuid.ParseLiteral(new StringValueNode(id.ToString())));
        Assert.Contains("8-4-4-4-12", ParseValueError(Scalars.Uuid, "nope"));
        var json = (System.Text.Json.JsonElement)Scalars.Json.ParseLiteral(Parser.ParseConstValue("{a: [1, 2.5, \"x\", true, null]}"));
        Assert.Equal("{\"a\":[1,2.5,\"x\",true,null]}", json.GetRawText());
    }

    [Theory]
    [InlineData("08:00", 8, 0, 0, "08:00")]
    [InlineData("23:59:59", 23, 59, 59, "23:59:59")]
    [InlineData("07:30:00", 7, 30, 0, "07:30")]
    public void LocalTimeAcceptsHoursAndMinutesWithOptionalSeconds(string text, int hour, int minute, int second, string serialized)
    {
        Assert.Equal(new TimeOnly(hour, minute, second), Scalars.LocalTime.ParseValue(text));
        Assert.Equal(new TimeOnly(hour, minute, second), Scalars.LocalTime.ParseLiteral(new StringValueNode(text)));
        Assert.Equal(serialized, Scalars.LocalTime.Serialize(new TimeOnly(hour, minute, second)));
    }

    [Theory]
    [InlineData("8:00")]
    [InlineData("24:00")]
    [InlineData("08:60")]
    [InlineData("08:00Z")]
    [InlineData("08:00+01:00")]
    [InlineData("08:00:00.5")]
    [InlineData("8 am")]
    [InlineData("")]
    public void LocalTimeRefusesAnythingElseSayingWhatIsAllowed(string text)
    {
        var message = ParseValueError(Scalars.LocalTime, text);
        Assert.Contains("HH:mm or HH:mm:ss", message);
        Assert.Contains("\"08:00\"", message);
        Assert.Contains("HH:mm or HH:mm:ss", ParseLiteralError(Scalars.LocalTime, "\"" + text + "\""));
    }

    [Fact]
    public void LocalTimeIsTextAndSaysWhereItIsSpecified()
    {
        Assert.Contains("expected HH:mm or HH:mm:ss", ParseLiteralError(Scalars.LocalTime, "800"));
        Assert.Contains("expected HH:mm or HH:mm:ss", ParseValueError(Scalars.LocalTime, 800));
        Assert.True(Uri.IsWellFormedUriString(Scalars.LocalTime.SpecifiedByUrl, UriKind.Absolute));
        Assert.Contains("LocalTime cannot represent", SerializeError(Scalars.LocalTime, 8.5));
    }
}
