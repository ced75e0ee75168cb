using System.Globalization;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>Long: a 64-bit signed integer. Runtime value: <see cref="long"/>.</summary>
public sealed class LongType : ScalarType
{
    /// <summary>Creates the Long scalar.</summary>
    public LongType() : base("Long")
    {
        Description = "A 64-bit signed whole number.";
        SpecifiedByUrl = "https://ibm.github.io/graphql-specs/custom-scalars/long.html";
    }

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        long l => l,
        int or short or byte or sbyte or uint or ushort => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        _ => ParseValue(value),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value)
    {
        switch (value)
        {
            case long l: return l;
            case int or short or byte or sbyte or uint or ushort: return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case double or float or decimal or ulong:
                var m = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                if (m == decimal.Truncate(m) && m >= long.MinValue && m <= long.MaxValue) return (long)m;
                break;
        }
        throw Error($"Long cannot represent non 64-bit integer value: {ValueLiterals.Inspect(value)}");
    }

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
        => literal is IntValueNode i && long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : throw Error($"Long cannot represent non 64-bit integer value: {Printer.Print(literal)}");
}
