using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="UniqueArgumentNamesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly IValidationRule Rule = UniqueArgumentNamesRule.Instance;

    /// <summary>No arguments on field.</summary>
    [Fact]
    public void Valid_no_arguments_on_field()
    {
        const string document = """
            {
              field
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>No arguments on directive.</summary>
    [Fact]
    public void Valid_no_arguments_on_directive()
    {
        const string document = """
            {
              field @directive
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Argument on field.</summary>
    [Fact]
    public void Valid_argument_on_field()
    {
        const string document = """
            {
              field(arg: "value")
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Same argument on two fields.</summary>
    [Fact]
    public void Valid_same_argument_on_two_fields()
    {
        const string document = """
            {
              one: field(arg: "value")
              two: field(arg: "value")
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Same argument on field and directive.</summary>
    [Fact]
    public void Valid_same_argument_on_field_and_directive()
    {
        const string document = """
            {
              field(arg: "value") @directive(arg: "value")
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Multiple field arguments.</summary>
    [Fact]
    public void Valid_multiple_field_arguments()
    {
        const string document = """
            {
              field(arg1: "value", arg2: "value", arg3: "value")
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Duplicate field arguments.</summary>
    [Fact]
    public void Invalid_duplicate_field_arguments()
    {
        const string document = """
            {
              field(arg1: "value", arg1: "value")
            }
            """;
        Invalid(Rule, document,
            E("There can be only one argument named \"arg1\".", (2, 9), (2, 24)));
    }

    /// <summary>Many duplicate field arguments.</summary>
    [Fact]
    public void Invalid_many_duplicate_field_arguments()
    {
        const string document = """
            {
              field(arg1: "value", arg1: "value", arg1: "value")
            }
            """;
        Invalid(Rule, document,
            E("There can be only one argument named \"arg1\".", (2, 9), (2, 24), (2, 39)));
    }

    /// <summary>Duplicate directive arguments.</summary>
    [Fact]
    public void Invalid_duplicate_directive_arguments()
    {
        const string document = """
            {
              field @directive(arg1: "value", arg1: "value")
            }
            """;
        Invalid(Rule, document,
            E("There can be only one argument named \"arg1\".", (2, 20), (2, 35)));
    }

    /// <summary>Many duplicate directive arguments.</summary>
    [Fact]
    public void Invalid_many_duplicate_directive_arguments()
    {
        const string document = """
            {
              field @directive(arg1: "value", arg1: "value", arg1: "value")
            }
            """;
        Invalid(Rule, document,
            E("There can be only one argument named \"arg1\".", (2, 20), (2, 35), (2, 50)));
    }
}
