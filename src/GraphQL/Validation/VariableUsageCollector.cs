using ReportGraph.GraphQL.Analysis;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Collects the variable usages of one operation or fragment with a walk of its own (graphql-js getVariableUsages).</summary>
internal sealed class VariableUsageCollector : ValidationVisitor
{
    private readonly TypeInfo _types;
    private readonly List<VariableUsage> _usages = new();

    private VariableUsageCollector(ValidationContext context, TypeInfo types) : base(context) => _types = types;

    public static List<VariableUsage> Collect(ValidationContext context, ExecutableDefinitionNode definition)
    {
        var types = new TypeInfo(context.Schema);
        var collector = new VariableUsageCollector(context, types);
        var walker = new DocumentWalker(types, new ValidationVisitor[] { collector }, skipVariableDefinitions: true);
        switch (definition)
        {
            case OperationDefinitionNode operation: walker.WalkOperation(operation); break;
            case FragmentDefinitionNode fragment: walker.WalkFragmentDefinition(fragment); break;
        }
        return collector._usages;
    }

    public override void EnterValue(ValueNode node)
    {
        if (node is VariableNode variable) _usages.Add(new VariableUsage(variable, _types.InputType, _types.DefaultValue, _types.ParentInputType));
    }
}
