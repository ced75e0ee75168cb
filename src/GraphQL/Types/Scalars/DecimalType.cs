using System.Globalization;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>Decimal: a base-10 number without binary rounding. Runtime value: <see cref="decimal"/>.</summary>
public sealed class DecimalType : ScalarType
{
    /// <summary>Creates the Decimal scalar.</summary>
    public DecimalType() : base("Decimal")
    {
        Description = "A decimal number, e.g. `12.50`, written as a JSON number (RFC 8259 section 6) and kept exact (up to 28 significant digits).";
        SpecifiedByUrl = "https://www.rfc-editor.org/rfc/rfc8259#section-6";
    }

    /// <inheritdoc/>
    public override object Serialize(object value) => ParseValue(value);

    /// <inheritdoc/>
    public override object ParseValue(object value)
    {
        try
        {
            if (value is decimal or int or long or short or byte or double or float or uint or ulong)
                return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        }
        catch (OverflowException) { }
        throw Error($"Decimal cannot represent non numeric value: {ValueLiterals.Inspect(value)}");
    }

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        string? text = literal switch { IntValueNode i => i.Value, FloatValueNode f => f.Value, _ => null };
        if (text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        throw Error($"Decimal cannot represent non numeric value: {Printer.Print(literal)}");
    }
}
