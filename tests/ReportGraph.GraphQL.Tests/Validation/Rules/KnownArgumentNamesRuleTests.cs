using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="KnownArgumentNamesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class KnownArgumentNamesRuleTests
{
    private static readonly IValidationRule Rule = KnownArgumentNamesRule.Instance;

    /// <summary>Single arg is known.</summary>
    [Fact]
    public void Valid_single_arg_is_known()
    {
        const string document = """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Multiple args are known.</summary>
    [Fact]
    public void Valid_multiple_args_are_known()
    {
        const string document = """
            fragment multipleArgs on ComplicatedArgs {
              multipleReqs(req1: 1, req2: 2)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Ignores args of unknown fields.</summary>
    [Fact]
    public void Valid_ignores_args_of_unknown_fields()
    {
        const string document = """
            fragment argOnUnknownField on Dog {
              unknownField(unknownArg: SIT)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Multiple args in reverse order are known.</summary>
    [Fact]
    public void Valid_multiple_args_in_reverse_order_are_known()
    {
        const string document = """
            fragment multipleArgsReverseOrder on ComplicatedArgs {
              multipleReqs(req2: 2, req1: 1)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>No args on optional arg.</summary>
    [Fact]
    public void Valid_no_args_on_optional_arg()
    {
        const string document = """
            fragment noArgOnOptionalArg on Dog {
              isHouseTrained
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Args are known deeply.</summary>
    [Fact]
    public void Valid_args_are_known_deeply()
    {
        const string document = """
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
              human {
                pets {
                  ... on Dog {
                    doesKnowCommand(dogCommand: SIT)
                  }
                }
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Directive args are known.</summary>
    [Fact]
    public void Valid_directive_args_are_known()
    {
        const string document = """
            {
              dog @skip(if: true)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Field args are invalid.</summary>
    [Fact]
    public void Invalid_field_args_are_invalid()
    {
        const string document = """
            {
              dog @skip(unless: true)
            }
            """;
        Invalid(Rule, document,
            E("Unknown argument \"unless\" on directive \"@skip\".", (2, 13)));
    }

    /// <summary>Directive without args is valid... misspelled directive args are reported.</summary>
    [Fact]
    public void Invalid_directive_without_args_is_valid_misspelled_directive_args_are_reported()
    {
        const string document = """
            {
              dog @skip(iff: true)
            }
            """;
        Invalid(Rule, document,
            E("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (2, 13)));
    }

    /// <summary>Invalid arg name.</summary>
    [Fact]
    public void Invalid_invalid_arg_name()
    {
        const string document = """
            fragment invalidArgName on Dog {
              doesKnowCommand(unknown: true)
            }
            """;
        Invalid(Rule, document,
            E("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 19)));
    }

    /// <summary>Misspelled arg name is reported.</summary>
    [Fact]
    public void Invalid_misspelled_arg_name_is_reported()
    {
        const string document = """
            fragment invalidArgName on Dog {
              doesKnowCommand(DogCommand: true)
            }
            """;
        Invalid(Rule, document,
            E("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));
    }

    /// <summary>Unknown args amongst known args.</summary>
    [Fact]
    public void Invalid_unknown_args_amongst_known_args()
    {
        const string document = """
            fragment oneGoodArgOneInvalidArg on Dog {
              doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
            }
            """;
        Invalid(Rule, document,
            E("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (2, 19)),
            E("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 49)));
    }

    /// <summary>Unknown args deeply.</summary>
    [Fact]
    public void Invalid_unknown_args_deeply()
    {
        const string document = """
            {
              dog {
                doesKnowCommand(unknown: true)
              }
              human {
                pets {
                  ... on Dog {
                    doesKnowCommand(unknown: true)
                  }
                }
              }
            }
            """;
        Invalid(Rule, document,
            E("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 21)),
            E("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (8, 25)));
    }

    /// <summary>Ignores args of unknown directives.</summary>
    [Fact]
    public void Valid_ignores_args_of_unknown_directives()
    {
        const string document = """
            {
              dog @unknownDirective(unknownArg: 1) { name }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Unknown args on a directive defined in the document.</summary>
    [Fact]
    public void Invalid_unknown_args_on_a_directive_defined_in_the_document()
    {
        const string document = """
            directive @local(flag: Boolean) on FIELD

            {
              dog @local(flag: true, flags: false)
            }
            """;
        Invalid(Rule, document,
            E("Unknown argument \"flags\" on directive \"@local\". Did you mean \"flag\"?", (4, 26)));
    }
}
