using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Validation;

namespace ReportGraph.GraphQL.Tests.Validation;

/// <summary>Runs one rule (or all) over a document against the validation test schema and checks the errors.</summary>
internal static class ValidationAssert
{
    /// <summary>Validates with the given rule only (graphql-js's expectValid/expectErrors harness style).</summary>
    public static IReadOnlyList<ValidationError> Validate(IValidationRule? rule, string document) =>
        DocumentValidator.Validate(ValidationTestSchema.Instance, Parser.Parse(document), rule is null ? null : new[] { rule });

    /// <summary>Asserts that the rule finds nothing wrong.</summary>
    public static void Valid(IValidationRule rule, string document)
    {
        var errors = Validate(rule, document);
        Assert.True(errors.Count == 0, "Expected no errors but got: " + string.Join(" | ", errors));
    }

    /// <summary>Asserts exactly these errors (message and line:column locations), in this order.</summary>
    public static void Invalid(IValidationRule rule, string document, params (string Message, (int Line, int Column)[] Locations)[] expected)
    {
        var errors = Validate(rule, document);
        var actual = errors.Select(Describe).ToList();
        var wanted = expected.Select(e => e.Message + " @ " + string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))).ToList();
        Assert.Equal(wanted, actual);
    }

    private static string Describe(ValidationError error) =>
        error.Message + " @ " + string.Join(", ", error.Locations.Select(l => $"{l.Line}:{l.Column}"));

    /// <summary>Shorthand for one error.</summary>
    public static (string, (int, int)[]) E(string message, params (int Line, int Column)[] locations) => (message, locations);
}
