using System.Globalization;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Hosting;

/// <summary>
/// Refuses operations whose estimated cost is above a limit: every field costs 1, and the selections of a list field
/// count once per expected item (its <c>first</c>, <c>last</c>, <c>take</c> or <c>limit</c> argument, else a default size).
/// </summary>
public sealed class MaxCostRequestRule : IRequestRule
{
    private static readonly string[] SizeArguments = { "first", "last", "take", "limit" };
    private readonly long _maxCost;
    private readonly int _defaultListSize;

    /// <summary>Allows at most <paramref name="maxCost"/>, assuming <paramref name="defaultListSize"/> items for unsized lists.</summary>
    public MaxCostRequestRule(int maxCost, int defaultListSize = 10)
    {
        if (maxCost < 1) throw new ArgumentOutOfRangeException(nameof(maxCost), maxCost, "MaxCost must be at least 1.");
        if (defaultListSize < 1) throw new ArgumentOutOfRangeException(nameof(defaultListSize), defaultListSize, "DefaultListSize must be at least 1.");
        _maxCost = maxCost;
        _defaultListSize = defaultListSize;
    }

    /// <inheritdoc/>
    public IEnumerable<GraphQLError> Check(RequestContext context)
    {
        var root = context.Schema.GetRootType(context.Operation.Operation);
        long cost = Cost(context.Operation.SelectionSet, root, context);
        if (cost <= _maxCost) return Array.Empty<GraphQLError>();
        return new[]
        {
            new GraphQLError($"The operation has an estimated cost of {cost}, more than the allowed maximum of {_maxCost}.",
                GraphQLError.LocationsOf(context.Operation), extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.LimitExceeded, ["cost"] = cost }),
        };
    }

    private long Cost(SelectionSetNode set, INamedType? parent, RequestContext context)
    {
        long total = 0;
        foreach (var (field, typeCondition) in OperationWalker.Fields(set, context))
        {
            var owner = typeCondition is null ? parent : context.Schema.GetType(typeCondition) ?? parent;
            var definition = (owner as IComplexOutputType)?.Fields.Find(field.Name.Value);
            long cost = 1;
            if (field.SelectionSet is not null)
            {
                long children = Cost(field.SelectionSet, definition?.Type.NamedType(), context);
                long multiplier = definition is not null && definition.Type.IsListType() ? ListSize(field, context) : 1;
                cost += children * multiplier;
            }
            total = checked(total + cost);
            if (total > _maxCost) return total; // no need to count past the limit
        }
        return total;
    }

    private long ListSize(FieldNode field, RequestContext context)
    {
        foreach (var argument in field.Arguments)
        {
            if (Array.IndexOf(SizeArguments, argument.Name.Value) < 0) continue;
            switch (argument.Value)
            {
                case IntValueNode literal when long.TryParse(literal.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0:
                    return n;
                case VariableNode variable when context.Variables.TryGetValue(variable.Name.Value, out var value) && value is int or long:
                    long size = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                    if (size > 0) return size;
                    break;
            }
        }
        return _defaultListSize;
    }
}
