using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;
using ReportGraph.GraphQL.Validation;

namespace ReportGraph.GraphQL.Execution;

/// <summary>Document validation with the spec's rules (<see cref="SpecifiedRules.All"/> by default), as the executor's cached validation step.</summary>
public sealed class SpecDocumentValidator : IDocumentValidator
{
    private readonly IReadOnlyList<IValidationRule> _rules;

    /// <summary>Uses the given rules, or all spec rules.</summary>
    public SpecDocumentValidator(IEnumerable<IValidationRule>? rules = null) => _rules = (rules ?? SpecifiedRules.All).ToList();

    /// <inheritdoc/>
    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
        => Validate(schema, document, CancellationToken.None);

    /// <inheritdoc/>
    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, CancellationToken cancellationToken)
        => ValidationRulesRequestRule.ToGraphQLErrors(DocumentValidator.Validate(schema, document, _rules, cancellationToken: cancellationToken));
}

/// <summary>Runs validation rules that depend on the request (limits, introspection allowed …) for every request, without caching.</summary>
public sealed class ValidationRulesRequestRule : IRequestRule
{
    private readonly IReadOnlyList<IValidationRule> _rules;

    /// <summary>Runs these rules per request.</summary>
    public ValidationRulesRequestRule(IEnumerable<IValidationRule> rules) => _rules = rules.ToList();

    /// <inheritdoc/>
    public IEnumerable<GraphQLError> Check(RequestContext context)
        => ToGraphQLErrors(DocumentValidator.Validate(context.Schema, context.Document, _rules, contextData: context.ContextData,
            cancellationToken: context.CancellationToken));

    internal static IReadOnlyList<GraphQLError> ToGraphQLErrors(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count == 0) return Array.Empty<GraphQLError>();
        var result = new GraphQLError[errors.Count];
        for (int i = 0; i < errors.Count; i++)
        {
            result[i] = new GraphQLError(errors[i].Message, errors[i].Locations.Count == 0 ? null : errors[i].Locations,
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed });
        }

        return result;
    }
}
