using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.Host.Api;

/// <summary>One step of a path into an input: a field name (String) or a list index (Int).</summary>
public sealed class PathSegmentType : ScalarType
{
    /// <summary>The scalar named PathSegment.</summary>
    public PathSegmentType() : base("PathSegment")
    {
        Description = "A field name (String) or a list index (Int) in the path of an input field, e.g. \"recipients\", 2, \"email\".";
        // The same segments as a GraphQL error's "path" entry.
        SpecifiedByUrl = "https://spec.graphql.org/October2021/#sec-Errors.Error-result-format";
    }

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        int or long => value,
        string s => s,
        _ => throw Error($"PathSegment cannot represent {value.GetType().Name}."),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) => value switch
    {
        int or long or string => value,
        _ => throw Error("PathSegment must be a String or an Int."),
    };

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => int.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw Error("PathSegment must be a String or an Int."),
    };
}
