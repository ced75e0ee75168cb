using ReportGraph.GraphQL.Analysis;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5, graphql-js <c>validate</c>): all rules run in one
/// shared walk of the document; the errors come back in the order graphql-js would report them.
/// </summary>
public static class DocumentValidator
{
    /// <summary>graphql-js's default error limit.</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>
    /// Validates <paramref name="document"/>. An empty list means the document is valid.
    /// </summary>
    /// <param name="schema">The schema.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="rules">The rules to apply; null means <see cref="SpecifiedRules.All"/>.</param>
    /// <param name="maxErrors">Stop after this many errors (adding a final "Too many validation errors" error).</param>
    /// <param name="contextData">Per-request data that request-dependent rules read (may be null).</param>
    /// <param name="hideSuggestions">Leave out "Did you mean ...?" hints, which name schema members (e.g. when introspection is off).</param>
    /// <param name="cancellationToken">
    /// The request's time budget and disconnect: the walk stops with an <see cref="OperationCanceledException"/> when it
    /// fires, as execution does, instead of finishing a hostile document nobody waits for.
    /// </param>
    public static IReadOnlyList<ValidationError> Validate(Schema schema, DocumentNode document,
        IEnumerable<IValidationRule>? rules = null, int maxErrors = DefaultMaxErrors, IDictionary<string, object?>? contextData = null,
        bool hideSuggestions = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        if (maxErrors < 1) throw new ArgumentOutOfRangeException(nameof(maxErrors), maxErrors, "maxErrors must be at least 1.");

        var context = new ValidationContext(schema, document, maxErrors, contextData) { HideSuggestions = hideSuggestions };
        var ruleList = rules as IReadOnlyList<IValidationRule> ?? (rules ?? SpecifiedRules.All).ToList();
        var visitors = new ValidationVisitor[ruleList.Count];
        for (int i = 0; i < visitors.Length; i++) visitors[i] = ruleList[i].CreateVisitor(context);
        try
        {
            new DocumentWalker(context.Types, visitors, cancellationToken: cancellationToken).WalkDocument(document);
        }
        catch (ValidationAbortedException)
        {
            // The limit error is already recorded.
        }
        return context.Errors;
    }
}
