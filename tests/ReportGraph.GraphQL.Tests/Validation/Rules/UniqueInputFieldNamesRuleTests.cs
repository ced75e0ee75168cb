using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="UniqueInputFieldNamesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly IValidationRule Rule = UniqueInputFieldNamesRule.Instance;

    /// <summary>Input object with fields.</summary>
    [Fact]
    public void Valid_input_object_with_fields()
    {
        const string document = """
            {
              field(arg: { f: true })
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Same input object within two args.</summary>
    [Fact]
    public void Valid_same_input_object_within_two_args()
    {
        const string document = """
            {
              field(arg1: { f: true }, arg2: { f: true })
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Multiple input object fields.</summary>
    [Fact]
    public void Valid_multiple_input_object_fields()
    {
        const string document = """
            {
              field(arg: { f1: "value", f2: "value", f3: "value" })
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Allows for nested input objects with similar fields.</summary>
    [Fact]
    public void Valid_allows_for_nested_input_objects_with_similar_fields()
    {
        const string document = """
            {
              field(arg: {
                deep: {
                  deep: {
                    id: 1
                  }
                  id: 1
                }
                id: 1
              })
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Duplicate input object fields.</summary>
    [Fact]
    public void Invalid_duplicate_input_object_fields()
    {
        const string document = """
            {
              field(arg: { f1: "value", f1: "value" })
            }
            """;
        Invalid(Rule, document,
            E("There can be only one input field named \"f1\".", (2, 16), (2, 29)));
    }

    /// <summary>Many duplicate input object fields.</summary>
    [Fact]
    public void Invalid_many_duplicate_input_object_fields()
    {
        const string document = """
            {
              field(arg: { f1: "value", f1: "value", f1: "value" })
            }
            """;
        Invalid(Rule, document,
            E("There can be only one input field named \"f1\".", (2, 16), (2, 29)),
            E("There can be only one input field named \"f1\".", (2, 16), (2, 42)));
    }

    /// <summary>Nested duplicate input object fields.</summary>
    [Fact]
    public void Invalid_nested_duplicate_input_object_fields()
    {
        const string document = """
            {
              field(arg: { f1: {f2: "value", f2: "value" }})
            }
            """;
        Invalid(Rule, document,
            E("There can be only one input field named \"f2\".", (2, 21), (2, 34)));
    }
}
