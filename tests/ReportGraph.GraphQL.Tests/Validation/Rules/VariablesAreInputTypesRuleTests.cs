using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="VariablesAreInputTypesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly IValidationRule Rule = VariablesAreInputTypesRule.Instance;

    /// <summary>Unknown types are ignored.</summary>
    [Fact]
    public void Valid_unknown_types_are_ignored()
    {
        const string document = """
            query Foo($a: Unknown, $b: [[Unknown!]]!) {
              field(a: $a, b: $b)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Input types are valid.</summary>
    [Fact]
    public void Valid_input_types_are_valid()
    {
        const string document = """
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
              field(a: $a, b: $b, c: $c)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Output types are invalid.</summary>
    [Fact]
    public void Invalid_output_types_are_invalid()
    {
        const string document = """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
            E("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
            E("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
    }
}
