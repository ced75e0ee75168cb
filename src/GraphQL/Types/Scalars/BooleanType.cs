using System.Globalization;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>Boolean (spec §3.5.4); graphql-js coercion rules and messages.</summary>
public sealed class BooleanType : ScalarType
{
    /// <summary>Creates the Boolean scalar.</summary>
    public BooleanType() : base("Boolean") => Description = "The `Boolean` scalar type represents `true` or `false`.";

    /// <inheritdoc/>
    public override object Serialize(object value)
    {
        if (value is bool) return value; // the caller's box, as for Int
        if (value is int or long or short or byte or sbyte or uint or ulong or ushort or decimal or double or float)
        {
            var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (!double.IsNaN(d) && !double.IsInfinity(d)) return d != 0;
        }
        throw Error($"Boolean cannot represent a non boolean value: {ValueLiterals.Inspect(value)}");
    }

    /// <inheritdoc/>
    public override object ParseValue(object value)
        => value is bool b ? b : throw Error($"Boolean cannot represent a non boolean value: {ValueLiterals.Inspect(value)}");

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
        => literal is BooleanValueNode b ? b.Value : throw Error($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");
}
