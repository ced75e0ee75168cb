using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>Int (spec §3.5.1): 32-bit signed integers; graphql-js coercion rules and messages.</summary>
public sealed class IntType : ScalarType
{
    /// <summary>Creates the Int scalar.</summary>
    public IntType() : base("Int") =>
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";

    /// <inheritdoc/>
    public override object Serialize(object value)
    {
        switch (value)
        {
            case int: return value; // the caller's box: serialising a list of numbers allocates nothing more
            case bool b: return b ? 1 : 0;
            case string s when double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && s.Trim().Length > 0:
                return FromNumber(parsed, value);
            case short or byte or sbyte or ushort: return Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
            case long or uint or ulong or decimal:
                var dec = Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);
                if (dec != decimal.Truncate(dec)) throw Error($"Int cannot represent non-integer value: {ValueLiterals.Inspect(value)}");
                if (dec < int.MinValue || dec > int.MaxValue) throw Error($"Int cannot represent non 32-bit signed integer value: {ValueLiterals.Inspect(value)}");
                return (int)dec;
            case double d: return FromNumber(d, value);
            case float f: return FromNumber(f, value);
            case Enum e: return FromNumber(Convert.ToDouble(e, System.Globalization.CultureInfo.InvariantCulture), value);
        }
        throw Error($"Int cannot represent non-integer value: {ValueLiterals.Inspect(value)}");
    }

    private static int FromNumber(double d, object original)
    {
        if (double.IsNaN(d) || double.IsInfinity(d) || Math.Floor(d) != d)
            throw Error($"Int cannot represent non-integer value: {ValueLiterals.Inspect(original)}");
        if (d < int.MinValue || d > int.MaxValue)
            throw Error($"Int cannot represent non 32-bit signed integer value: {ValueLiterals.Inspect(original)}");
        return (int)d;
    }

    /// <inheritdoc/>
    public override object ParseValue(object value)
    {
        switch (value)
        {
            case int: return value;
            case long l:
                if (l < int.MinValue || l > int.MaxValue) throw Error($"Int cannot represent non 32-bit signed integer value: {ValueLiterals.Inspect(value)}");
                return (int)l;
            case short or byte or sbyte or ushort: return Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
            case double or float or decimal or uint or ulong:
                var d = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                if (double.IsNaN(d) || double.IsInfinity(d) || Math.Floor(d) != d) throw Error($"Int cannot represent non-integer value: {ValueLiterals.Inspect(value)}");
                if (d < int.MinValue || d > int.MaxValue) throw Error($"Int cannot represent non 32-bit signed integer value: {ValueLiterals.Inspect(value)}");
                return (int)d;
        }
        throw Error($"Int cannot represent non-integer value: {ValueLiterals.Inspect(value)}");
    }

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode node) throw Error($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        if (!int.TryParse(node.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var result))
            throw Error($"Int cannot represent non 32-bit signed integer value: {node.Value}");
        return result;
    }
}
