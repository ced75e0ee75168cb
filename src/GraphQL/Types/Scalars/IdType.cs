using System.Globalization;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>ID (spec §3.5.5): serialised as a string; accepts strings and integers as input.</summary>
public sealed class IdType : ScalarType
{
    /// <summary>Creates the ID scalar.</summary>
    public IdType() : base("ID") =>
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        string s => s,
        int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d when Math.Floor(d) == d && !double.IsInfinity(d) => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        _ => throw Error($"ID cannot represent value: {ValueLiterals.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => value switch
    {
        string s => s,
        int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d when Math.Floor(d) == d && !double.IsInfinity(d) && Math.Abs(d) < 9e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        _ => throw Error($"ID cannot represent value: {ValueLiterals.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw Error($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
    };
}
