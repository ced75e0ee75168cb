using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="LoneAnonymousOperationRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly IValidationRule Rule = LoneAnonymousOperationRule.Instance;

    /// <summary>No operations.</summary>
    [Fact]
    public void Valid_no_operations()
    {
        const string document = """
            fragment fragA on Type {
              field
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>One anon operation.</summary>
    [Fact]
    public void Valid_one_anon_operation()
    {
        const string document = """
            {
              field
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Multiple named operations.</summary>
    [Fact]
    public void Valid_multiple_named_operations()
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

    /// <summary>Anon operation with fragment.</summary>
    [Fact]
    public void Valid_anon_operation_with_fragment()
    {
        const string document = """
            {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Multiple anon operations.</summary>
    [Fact]
    public void Invalid_multiple_anon_operations()
    {
        const string document = """
            {
              fieldA
            }
            {
              fieldB
            }
            """;
        Invalid(Rule, document,
            E("This anonymous operation must be the only defined operation.", (1, 1)),
            E("This anonymous operation must be the only defined operation.", (4, 1)));
    }

    /// <summary>Anon operation with a mutation.</summary>
    [Fact]
    public void Invalid_anon_operation_with_a_mutation()
    {
        const string document = """
            {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """;
        Invalid(Rule, document,
            E("This anonymous operation must be the only defined operation.", (1, 1)));
    }

    /// <summary>Anon operation with a subscription.</summary>
    [Fact]
    public void Invalid_anon_operation_with_a_subscription()
    {
        const string document = """
            {
              fieldA
            }
            subscription Foo {
              fieldB
            }
            """;
        Invalid(Rule, document,
            E("This anonymous operation must be the only defined operation.", (1, 1)));
    }
}
