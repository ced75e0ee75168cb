using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="UniqueOperationNamesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class UniqueOperationNamesRuleTests
{
    private static readonly IValidationRule Rule = UniqueOperationNamesRule.Instance;

    /// <summary>No operations names.</summary>
    [Fact]
    public void Valid_no_operations_names()
    {
        const string document = """
            fragment fragA on Type {
              field
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>One anonymous operation.</summary>
    [Fact]
    public void Valid_one_anonymous_operation()
    {
        const string document = """
            {
              field
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Multiple operations with different names.</summary>
    [Fact]
    public void Valid_multiple_operations_with_different_names()
    {
        const string document = """
            query Foo {
              field
            }

            query Bar {
              field
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

    /// <summary>Multiple operations of same name.</summary>
    [Fact]
    public void Invalid_multiple_operations_of_same_name()
    {
        const string document = """
            query Foo {
              fieldA
            }
            query Foo {
              fieldB
            }
            """;
        Invalid(Rule, document,
            E("There can be only one operation named \"Foo\".", (1, 7), (4, 7)));
    }

    /// <summary>Multiple operations of same name of different types (mutation).</summary>
    [Fact]
    public void Invalid_multiple_operations_of_same_name_of_different_types_mutation()
    {
        const string document = """
            query Foo {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """;
        Invalid(Rule, document,
            E("There can be only one operation named \"Foo\".", (1, 7), (4, 10)));
    }

    /// <summary>Multiple operations of same name of different types (subscription).</summary>
    [Fact]
    public void Invalid_multiple_operations_of_same_name_of_different_types_subscription()
    {
        const string document = """
            query Foo {
              fieldA
            }
            subscription Foo {
              fieldB
            }
            """;
        Invalid(Rule, document,
            E("There can be only one operation named \"Foo\".", (1, 7), (4, 14)));
    }
}
