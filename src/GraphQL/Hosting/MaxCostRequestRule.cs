using System.Globalization;
using ReportGraph.GraphQL.Analysis;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Hosting;

/// <summary>
/// Refuses operations whose estimated cost is above a limit: every field costs 1, and the selections of a list field
/// count once per expected item (its <c>first</c>, <c>last</c>, <c>take</c> or <c>limit</c> argument, else a default size).
/// A fragment's cost is computed once and counted at each spread, multiplied by the list sizes around the spread.
/// Fields under <c>__schema</c> and <c>__type</c> cost 1 each, without list sizes (introspection has its own limit).
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
        var (operation, fragments) = ReachableDefinitions.Summarise(context.Schema, context.Operation, context.Fragments,
            types => new CostSummary(types, this, context.Variables), context.CancellationToken);
        long cost = ReachableDefinitions.Combine(operation, fragments, (summary, costOf) => summary.Cost(costOf), 0L);
        if (cost <= _maxCost) return Array.Empty<GraphQLError>();
        // A few fragments can multiply past the range of a long: then there is no exact number to report.
        var message = cost == long.MaxValue
            ? $"The operation has an estimated cost too large to count, more than the allowed maximum of {_maxCost}."
            : $"The operation has an estimated cost of {cost}, more than the allowed maximum of {_maxCost}.";
        return new[]
        {
            new GraphQLError(message, GraphQLError.LocationsOf(context.Operation),
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.LimitExceeded, ["cost"] = cost }),
        };
    }

    private long ListSize(FieldNode field, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var argument in field.Arguments)
        {
            if (Array.IndexOf(SizeArguments, argument.Name.Value) < 0) continue;
            switch (argument.Value)
            {
                case IntValueNode literal when long.TryParse(literal.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0:
                    return n;
                case VariableNode variable when variables.TryGetValue(variable.Name.Value, out var value) && value is int or long:
                    long size = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                    if (size > 0) return size;
                    break;
            }
        }
        return _defaultListSize;
    }

    /// <summary>Costs only ever grow, so past the range of a long they stay at <see cref="long.MaxValue"/> (always over any limit).</summary>
    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long SaturatingMultiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;

    /// <summary>
    /// One definition's own cost (each field weighs the product of the list sizes around it) and, for each spread, the
    /// product of the list sizes around the spread.
    /// </summary>
    private sealed class CostSummary : DefinitionSummary
    {
        private readonly TypeInfo _types;
        private readonly MaxCostRequestRule _rule;
        private readonly IReadOnlyDictionary<string, object?> _variables;
        private readonly List<(string Name, long Weight)> _spreads = new();
        private readonly Stack<long> _weights = new();
        private long _cost;
        private FieldNode? _introspection;

        public CostSummary(TypeInfo types, MaxCostRequestRule rule, IReadOnlyDictionary<string, object?> variables)
        {
            _types = types;
            _rule = rule;
            _variables = variables;
            _weights.Push(1);
        }

        public override IEnumerable<string> SpreadNames => _spreads.Select(s => s.Name);

        public long Cost(Func<string, long> costOf)
        {
            long total = _cost;
            foreach (var (name, weight) in _spreads) total = SaturatingAdd(total, SaturatingMultiply(weight, costOf(name)));
            return total;
        }

        public override void EnterField(FieldNode node)
        {
            long weight = _weights.Peek();
            _cost = SaturatingAdd(_cost, weight);
            if (_introspection is null && IntrospectionFields.IsEntryPoint(node)) _introspection = node;
            bool list = _introspection is null && node.SelectionSet is not null && _types.FieldDefinition is { } definition && definition.Type.IsListType();
            _weights.Push(list ? SaturatingMultiply(weight, _rule.ListSize(node, _variables)) : weight);
        }

        public override void LeaveField(FieldNode node)
        {
            _weights.Pop();
            if (ReferenceEquals(_introspection, node)) _introspection = null;
        }

        public override void EnterFragmentSpread(FragmentSpreadNode node) => _spreads.Add((node.Name.Value, _weights.Peek()));
    }
}
