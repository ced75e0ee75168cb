namespace ReportGraph.GraphQL.Types;

/// <summary>The spec's built-in scalars and this engine's custom scalars, as shared instances.</summary>
public static class Scalars
{
    /// <summary>Int: 32-bit signed integer.</summary>
    public static readonly ScalarType Int = new IntType();
    /// <summary>Float: double precision.</summary>
    public static readonly ScalarType Float = new FloatType();
    /// <summary>String: UTF-8 text.</summary>
    public static readonly ScalarType String = new StringType();
    /// <summary>Boolean.</summary>
    public static readonly ScalarType Boolean = new BooleanType();
    /// <summary>ID: an opaque identifier serialised as a string.</summary>
    public static readonly ScalarType ID = new IdType();
    /// <summary>DateTime: RFC 3339 date-time with offset.</summary>
    public static readonly ScalarType DateTime = new DateTimeType();
    /// <summary>Date: ISO 8601 calendar date.</summary>
    public static readonly ScalarType Date = new DateType();
    /// <summary>LocalTime: ISO 8601 time of day without offset.</summary>
    public static readonly ScalarType LocalTime = new LocalTimeType();
    /// <summary>TimeSpan: ISO 8601 duration.</summary>
    public static readonly ScalarType TimeSpan = new TimeSpanType();
    /// <summary>UUID: RFC 4122 identifier.</summary>
    public static readonly ScalarType Uuid = new UuidType();
    /// <summary>JSON: any JSON value.</summary>
    public static readonly ScalarType Json = new JsonType();
    /// <summary>Long: 64-bit signed integer.</summary>
    public static readonly ScalarType Long = new LongType();
    /// <summary>Decimal: a decimal number.</summary>
    public static readonly ScalarType Decimal = new DecimalType();

    /// <summary>The five scalars every schema has.</summary>
    public static IReadOnlyList<ScalarType> SpecifiedScalars { get; } = new[] { String, Int, Float, Boolean, ID };

    /// <summary>True for String, Int, Float, Boolean and ID.</summary>
    public static bool IsSpecifiedScalar(INamedType type) => type is ScalarType s && SpecifiedScalars.Contains(s);
}
