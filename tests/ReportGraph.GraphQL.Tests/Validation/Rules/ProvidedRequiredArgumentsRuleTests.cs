using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="ProvidedRequiredArgumentsRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly IValidationRule Rule = ProvidedRequiredArgumentsRule.Instance;

    /// <summary>Ignores unknown arguments.</summary>
    [Fact]
    public void Valid_ignores_unknown_arguments()
    {
        const string document = """
            {
              dog {
                isHouseTrained(unknownArgument: true)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Arg on optional arg.</summary>
    [Fact]
    public void Valid_arg_on_optional_arg()
    {
        const string document = """
            {
              dog {
                isHouseTrained(atOtherHomes: true)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>No arg on optional arg.</summary>
    [Fact]
    public void Valid_no_arg_on_optional_arg()
    {
        const string document = """
            {
              dog {
                isHouseTrained
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>No arg on non-null field with default.</summary>
    [Fact]
    public void Valid_no_arg_on_non_null_field_with_default()
    {
        const string document = """
            {
              complicatedArgs {
                nonNullFieldWithDefault
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Multiple args in reverse order.</summary>
    [Fact]
    public void Valid_multiple_args_in_reverse_order()
    {
        const string document = """
            {
              complicatedArgs {
                multipleReqs(req2: 2, req1: 1)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>No args on multiple optional.</summary>
    [Fact]
    public void Valid_no_args_on_multiple_optional()
    {
        const string document = """
            {
              complicatedArgs {
                multipleOpts
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Second arg on multiple optional.</summary>
    [Fact]
    public void Valid_second_arg_on_multiple_optional()
    {
        const string document = """
            {
              complicatedArgs {
                multipleOpts(opt2: 1)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Multiple required args on mixedList.</summary>
    [Fact]
    public void Valid_multiple_required_args_on_mixedlist()
    {
        const string document = """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Missing one non-nullable argument.</summary>
    [Fact]
    public void Invalid_missing_one_non_nullable_argument()
    {
        const string document = """
            {
              complicatedArgs {
                multipleReqs(req2: 2)
              }
            }
            """;
        Invalid(Rule, document,
            E("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)));
    }

    /// <summary>Missing multiple non-nullable arguments.</summary>
    [Fact]
    public void Invalid_missing_multiple_non_nullable_arguments()
    {
        const string document = """
            {
              complicatedArgs {
                multipleReqs
              }
            }
            """;
        Invalid(Rule, document,
            E("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
            E("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));
    }

    /// <summary>Incorrect value and missing argument.</summary>
    [Fact]
    public void Invalid_incorrect_value_and_missing_argument()
    {
        const string document = """
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """;
        Invalid(Rule, document,
            E("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));
    }

    /// <summary>Ignores unknown directives.</summary>
    [Fact]
    public void Valid_ignores_unknown_directives()
    {
        const string document = """
            {
              dog @unknown
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>With directives of valid types.</summary>
    [Fact]
    public void Valid_with_directives_of_valid_types()
    {
        const string document = """
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>With directive with missing types.</summary>
    [Fact]
    public void Invalid_with_directive_with_missing_types()
    {
        const string document = """
            {
              dog @include {
                name @skip
              }
            }
            """;
        Invalid(Rule, document,
            E("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
            E("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 10)));
    }

    /// <summary>Missing required argument of custom directive.</summary>
    [Fact]
    public void Invalid_missing_required_argument_of_custom_directive()
    {
        const string document = """
            {
              dog @withArgs(optional: "y") {
                name
              }
            }
            """;
        Invalid(Rule, document,
            E("Directive \"@withArgs\" argument \"required\" of type \"Int!\" is required, but it was not provided.", (2, 7)));
    }

    /// <summary>Missing required args of a directive defined in the document.</summary>
    [Fact]
    public void Invalid_missing_required_args_of_a_directive_defined_in_the_document()
    {
        const string document = """
            directive @local(flag: Boolean!, optional: Int = 1, nullable: Int) on FIELD

            {
              dog @local
            }
            """;
        Invalid(Rule, document,
            E("Directive \"@local\" argument \"flag\" of type \"Boolean!\" is required, but it was not provided.", (4, 7)));
    }
}
