using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="FragmentsOnCompositeTypesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly IValidationRule Rule = FragmentsOnCompositeTypesRule.Instance;

    /// <summary>Object is valid fragment type.</summary>
    [Fact]
    public void Valid_object_is_valid_fragment_type()
    {
        const string document = """
            fragment validFragment on Dog {
              barks
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Interface is valid fragment type.</summary>
    [Fact]
    public void Valid_interface_is_valid_fragment_type()
    {
        const string document = """
            fragment validFragment on Pet {
              name
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Object is valid inline fragment type.</summary>
    [Fact]
    public void Valid_object_is_valid_inline_fragment_type()
    {
        const string document = """
            fragment validFragment on Pet {
              ... on Dog {
                barks
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Inline fragment without type is valid.</summary>
    [Fact]
    public void Valid_inline_fragment_without_type_is_valid()
    {
        const string document = """
            fragment validFragment on Pet {
              ... {
                name
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Union is valid fragment type.</summary>
    [Fact]
    public void Valid_union_is_valid_fragment_type()
    {
        const string document = """
            fragment validFragment on CatOrDog {
              __typename
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Scalar is invalid fragment type.</summary>
    [Fact]
    public void Invalid_scalar_is_invalid_fragment_type()
    {
        const string document = """
            fragment scalarFragment on Boolean {
              bad
            }
            """;
        Invalid(Rule, document,
            E("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));
    }

    /// <summary>Enum is invalid fragment type.</summary>
    [Fact]
    public void Invalid_enum_is_invalid_fragment_type()
    {
        const string document = """
            fragment scalarFragment on FurColor {
              bad
            }
            """;
        Invalid(Rule, document,
            E("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)));
    }

    /// <summary>Input object is invalid fragment type.</summary>
    [Fact]
    public void Invalid_input_object_is_invalid_fragment_type()
    {
        const string document = """
            fragment inputFragment on ComplexInput {
              stringField
            }
            """;
        Invalid(Rule, document,
            E("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));
    }

    /// <summary>Scalar is invalid inline fragment type.</summary>
    [Fact]
    public void Invalid_scalar_is_invalid_inline_fragment_type()
    {
        const string document = """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """;
        Invalid(Rule, document,
            E("Fragment cannot condition on non composite type \"String\".", (2, 10)));
    }
}
