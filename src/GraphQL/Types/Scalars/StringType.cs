using System.Globalization;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>String (spec §3.5.3); graphql-js coercion rules and messages.</summary>
public sealed class StringType : ScalarType
{
    /// <summary>Creates the String scalar.</summary>
    public StringType() : base("String") =>
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        int or long or short or byte or sbyte or uint or ulong or ushort or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d when !double.IsNaN(d) && !double.IsInfinity(d) => d.ToString("R", CultureInfo.InvariantCulture),
        float f when !float.IsNaN(f) && !float.IsInfinity(f) => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        Guid g => g.ToString("D"),
        Uri u => u.ToString(),
        _ => throw Error($"String cannot represent value: {ValueLiterals.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value)
        => value as string ?? throw Error($"String cannot represent a non string value: {ValueLiterals.Inspect(value)}");

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
        => literal is StringValueNode s ? s.Value : throw Error($"String cannot represent a non string value: {Printer.Print(literal)}");
}
