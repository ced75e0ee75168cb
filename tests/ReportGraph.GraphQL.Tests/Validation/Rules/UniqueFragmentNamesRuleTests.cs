using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="UniqueFragmentNamesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly IValidationRule Rule = UniqueFragmentNamesRule.Instance;

    /// <summary>No fragments.</summary>
    [Fact]
    public void Valid_no_fragments()
    {
        const string document = """
            {
              field
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>One fragment.</summary>
    [Fact]
    public void Valid_one_fragment()
    {
        const string document = """
            {
              ...fragA
            }

            fragment fragA on Type {
              field
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Many fragments.</summary>
    [Fact]
    public void Valid_many_fragments()
    {
        const string document = """
            {
              ...fragA
              ...fragB
              ...fragC
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragB on Type {
              fieldB
            }
            fragment fragC on Type {
              fieldC
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Inline fragments are always unique.</summary>
    [Fact]
    public void Valid_inline_fragments_are_always_unique()
    {
        const string document = """
            {
              ...on Type {
                fieldA
              }
              ...on Type {
                fieldB
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Fragment and operation named the same.</summary>
    [Fact]
    public void Valid_fragment_and_operation_named_the_same()
    {
        const string document = """
            query Foo {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Fragments named the same.</summary>
    [Fact]
    public void Invalid_fragments_named_the_same()
    {
        const string document = """
            {
              ...fragA
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """;
        Invalid(Rule, document,
            E("There can be only one fragment named \"fragA\".", (4, 10), (7, 10)));
    }

    /// <summary>Fragments named the same without being referenced.</summary>
    [Fact]
    public void Invalid_fragments_named_the_same_without_being_referenced()
    {
        const string document = """
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """;
        Invalid(Rule, document,
            E("There can be only one fragment named \"fragA\".", (1, 10), (4, 10)));
    }
}
