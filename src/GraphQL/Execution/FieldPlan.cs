using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// Facts about a field's output type that execution reads for every value it completes, computed once per field:
/// for a leaf (a scalar or enum, nullable or not) the value of a synchronous resolver is serialised right away,
/// without going through the general completion steps (spec §6.4.3 CompleteValue gives the same result for leaves).
/// </summary>
internal sealed class FieldPlan
{
    public FieldPlan(IGraphQLType type)
    {
        var inner = type is NonNullType nonNull ? nonNull.OfType : type;
        LeafScalar = inner as ScalarType;
        LeafEnum = inner as EnumType;
    }

    /// <summary>The scalar the field's values serialise to, when the field's type is one.</summary>
    public ScalarType? LeafScalar { get; }

    /// <summary>The enum the field's values serialise to, when the field's type is one.</summary>
    public EnumType? LeafEnum { get; }
}
