using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="UniqueVariableNamesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class UniqueVariableNamesRuleTests
{
    private static readonly IValidationRule Rule = UniqueVariableNamesRule.Instance;

    /// <summary>Unique variable names.</summary>
    [Fact]
    public void Valid_unique_variable_names()
    {
        const string document = """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """;
        Valid(Rule, document);
    }

    /// <summary>Duplicate variable names.</summary>
    [Fact]
    public void Invalid_duplicate_variable_names()
    {
        const string document = """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """;
        Invalid(Rule, document,
            E("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            E("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
            E("There can be only one variable named \"$x\".", (3, 10), (3, 19)));
    }
}
