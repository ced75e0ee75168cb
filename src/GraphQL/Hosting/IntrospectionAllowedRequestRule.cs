using ReportGraph.GraphQL.Analysis;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Hosting;

/// <summary>
/// Refuses <c>__schema</c> and <c>__type</c> when the request's <see cref="RequestContext.ContextData"/> says introspection
/// is not allowed (the HTTP layer evaluates <see cref="GraphQLServerOptions.IntrospectionAllowed"/> per request).
/// <c>__typename</c> stays allowed: clients need it to tell types apart. Each offending field is reported once, however
/// many times the fragment holding it is spread.
/// </summary>
public sealed class IntrospectionAllowedRequestRule : IRequestRule
{
    /// <summary>The <see cref="GraphQLRequest.ContextData"/> key holding a bool: false refuses introspection.</summary>
    public const string ContextDataKey = "ReportGraph.GraphQL.IntrospectionAllowed";

    /// <summary>The error code of a refusal.</summary>
    public const string ErrorCode = "INTROSPECTION_NOT_ALLOWED";

    /// <inheritdoc/>
    public IEnumerable<GraphQLError> Check(RequestContext context)
    {
        if (!context.ContextData.TryGetValue(ContextDataKey, out var allowed) || allowed is not false) return Array.Empty<GraphQLError>();
        var (operation, fragments) = ReachableDefinitions.Summarise(context.Schema, context.Operation, context.Fragments,
            _ => new EntryPointSummary(), context.CancellationToken);
        var errors = new List<GraphQLError>();
        foreach (var summary in fragments.Values.Prepend(operation))
        {
            foreach (var field in summary.EntryPoints)
            {
                errors.Add(new GraphQLError("Introspection is not allowed for the current request.",
                    GraphQLError.LocationsOf(field), extensions: new Dictionary<string, object?> { ["code"] = ErrorCode, ["field"] = field.Name.Value }));
            }
        }
        return errors;
    }

    /// <summary>
    /// The introspection entry points selected at the top of a definition. Only spreads at the top are followed: below
    /// a field, <c>__schema</c> and <c>__type</c> are not root fields and validation refuses them.
    /// </summary>
    private sealed class EntryPointSummary : DefinitionSummary
    {
        private readonly List<string> _spreads = new();
        private int _level;

        public List<FieldNode> EntryPoints { get; } = new();

        public override IEnumerable<string> SpreadNames => _spreads;

        public override void EnterField(FieldNode node)
        {
            if (_level++ == 0 && IntrospectionFields.IsEntryPoint(node)) EntryPoints.Add(node);
        }

        public override void LeaveField(FieldNode node) => _level--;

        public override void EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (_level == 0) _spreads.Add(node.Name.Value);
        }
    }
}
