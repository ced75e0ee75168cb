using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="NoUnusedVariablesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class NoUnusedVariablesRuleTests
{
    private static readonly IValidationRule Rule = NoUnusedVariablesRule.Instance;

    /// <summary>Uses all variables.</summary>
    [Fact]
    public void Valid_uses_all_variables()
    {
        const string document = """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Uses all variables in fragments.</summary>
    [Fact]
    public void Valid_uses_all_variables_in_fragments()
    {
        const string document = """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field(c: $c)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Variable used by recursive fragment.</summary>
    [Fact]
    public void Valid_variable_used_by_recursive_fragment()
    {
        const string document = """
            query Foo($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragA
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Variable not used.</summary>
    [Fact]
    public void Invalid_variable_not_used()
    {
        const string document = """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$c\" is never used.", (1, 32)));
    }

    /// <summary>Multiple variables not used.</summary>
    [Fact]
    public void Invalid_multiple_variables_not_used()
    {
        const string document = """
            query Foo($a: String, $b: String, $c: String) {
              field(b: $b)
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            E("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));
    }

    /// <summary>Variable not used by unreferenced fragment.</summary>
    [Fact]
    public void Invalid_variable_not_used_by_unreferenced_fragment()
    {
        const string document = """
            query Foo($b: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)));
    }

    /// <summary>Variable not used by fragment used by other operation.</summary>
    [Fact]
    public void Invalid_variable_not_used_by_fragment_used_by_other_operation()
    {
        const string document = """
            query Foo($b: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
            E("Variable \"$a\" is never used in operation \"Bar\".", (4, 11)));
    }
}
