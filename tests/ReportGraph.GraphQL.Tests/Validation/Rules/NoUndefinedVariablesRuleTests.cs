using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="NoUndefinedVariablesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly IValidationRule Rule = NoUndefinedVariablesRule.Instance;

    /// <summary>All variables defined.</summary>
    [Fact]
    public void Valid_all_variables_defined()
    {
        const string document = """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>All variables deeply defined.</summary>
    [Fact]
    public void Valid_all_variables_deeply_defined()
    {
        const string document = """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) {
                field(b: $b) {
                  field(c: $c)
                }
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>All variables deeply in inline fragments defined.</summary>
    [Fact]
    public void Valid_all_variables_deeply_in_inline_fragments_defined()
    {
        const string document = """
            query Foo($a: String, $b: String, $c: String) {
              ... on Type {
                field(a: $a) {
                  field(b: $b) {
                    ... on Type {
                      field(c: $c)
                    }
                  }
                }
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>All variables in fragments deeply defined.</summary>
    [Fact]
    public void Valid_all_variables_in_fragments_deeply_defined()
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

    /// <summary>Variable within single fragment defined in multiple operations.</summary>
    [Fact]
    public void Valid_variable_within_single_fragment_defined_in_multiple_operations()
    {
        const string document = """
            query Foo($a: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Variable within recursive fragment defined.</summary>
    [Fact]
    public void Valid_variable_within_recursive_fragment_defined()
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

    /// <summary>Variable not defined.</summary>
    [Fact]
    public void Invalid_variable_not_defined()
    {
        const string document = """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$d\" is not defined by operation \"Foo\".", (2, 33), (1, 1)));
    }

    /// <summary>Variable not defined by un-named query.</summary>
    [Fact]
    public void Invalid_variable_not_defined_by_un_named_query()
    {
        const string document = """
            {
              field(a: $a)
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$a\" is not defined.", (2, 12), (1, 1)));
    }

    /// <summary>Multiple variables not defined.</summary>
    [Fact]
    public void Invalid_multiple_variables_not_defined()
    {
        const string document = """
            query Foo($b: String) {
              field(a: $a, b: $b, c: $c)
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$a\" is not defined by operation \"Foo\".", (2, 12), (1, 1)),
            E("Variable \"$c\" is not defined by operation \"Foo\".", (2, 26), (1, 1)));
    }

    /// <summary>Variable in fragment not defined by un-named query.</summary>
    [Fact]
    public void Invalid_variable_in_fragment_not_defined_by_un_named_query()
    {
        const string document = """
            {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$a\" is not defined.", (5, 12), (1, 1)));
    }

    /// <summary>Variable in fragment not defined by operation.</summary>
    [Fact]
    public void Invalid_variable_in_fragment_not_defined_by_operation()
    {
        const string document = """
            query Foo($a: String, $b: String) {
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
        Invalid(Rule, document,
            E("Variable \"$c\" is not defined by operation \"Foo\".", (15, 12), (1, 1)));
    }

    /// <summary>Multiple undefined variables produce multiple errors.</summary>
    [Fact]
    public void Invalid_multiple_undefined_variables_produce_multiple_errors()
    {
        const string document = """
            query Foo($b: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field1(a: $a, b: $b)
              ...FragC
              field3(a: $a, b: $b)
            }
            fragment FragC on Type {
              field2(c: $c)
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$a\" is not defined by operation \"Foo\".", (8, 13), (1, 1)),
            E("Variable \"$a\" is not defined by operation \"Foo\".", (10, 13), (1, 1)),
            E("Variable \"$c\" is not defined by operation \"Foo\".", (13, 13), (1, 1)),
            E("Variable \"$b\" is not defined by operation \"Bar\".", (8, 20), (4, 1)),
            E("Variable \"$b\" is not defined by operation \"Bar\".", (10, 20), (4, 1)),
            E("Variable \"$c\" is not defined by operation \"Bar\".", (13, 13), (4, 1)));
    }
}
