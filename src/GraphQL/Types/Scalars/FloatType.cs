using System.Globalization;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>Float (spec §3.5.2): finite double-precision values; graphql-js coercion rules and messages.</summary>
public sealed class FloatType : ScalarType
{
    /// <summary>Creates the Float scalar.</summary>
    public FloatType() : base("Float") =>
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";

    /// <inheritdoc/>
    public override object Serialize(object value)
    {
        double d;
        switch (value)
        {
            case double x when double.IsFinite(x): return value; // the caller's box, as for Int
            case double x: d = x; break;
            case bool b: return b ? 1.0 : 0.0;
            case string s when s.Trim().Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed): d = parsed; break;
            case float or int or long or short or byte or sbyte or uint or ulong or ushort or decimal:
                d = Convert.ToDouble(value, CultureInfo.InvariantCulture); break;
            default: throw Error($"Float cannot represent non numeric value: {ValueLiterals.Inspect(value)}");
        }
        if (double.IsNaN(d) || double.IsInfinity(d)) throw Error($"Float cannot represent non numeric value: {ValueLiterals.Inspect(value)}");
        return d;
    }

    /// <inheritdoc/>
    public override object ParseValue(object value)
    {
        if (value is double or float or int or long or short or byte or sbyte or uint or ulong or ushort or decimal)
        {
            var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (!double.IsNaN(d) && !double.IsInfinity(d)) return d;
        }
        throw Error($"Float cannot represent non numeric value: {ValueLiterals.Inspect(value)}");
    }

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw Error($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
    };
}
