using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="KnownDirectivesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class KnownDirectivesRuleTests
{
    private static readonly IValidationRule Rule = KnownDirectivesRule.Instance;

    /// <summary>With no directives.</summary>
    [Fact]
    public void Valid_with_no_directives()
    {
        const string document = """
            query Foo {
              name
              ...Frag
            }

            fragment Frag on Dog {
              name
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>With standard directives.</summary>
    [Fact]
    public void Valid_with_standard_directives()
    {
        const string document = """
            {
              human @skip(if: false) {
                name
                pets {
                  ... on Dog @include(if: true) {
                    name
                  }
                }
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>With unknown directive.</summary>
    [Fact]
    public void Invalid_with_unknown_directive()
    {
        const string document = """
            {
              human @unknown(directive: "value") {
                name
              }
            }
            """;
        Invalid(Rule, document,
            E("Unknown directive \"@unknown\".", (2, 9)));
    }

    /// <summary>With many unknown directives.</summary>
    [Fact]
    public void Invalid_with_many_unknown_directives()
    {
        const string document = """
            {
              __typename @unknown
              human @unknown {
                name
                pets @unknown {
                  name
                }
              }
            }
            """;
        Invalid(Rule, document,
            E("Unknown directive \"@unknown\".", (2, 14)),
            E("Unknown directive \"@unknown\".", (3, 9)),
            E("Unknown directive \"@unknown\".", (5, 10)));
    }

    /// <summary>With well placed directives.</summary>
    [Fact]
    public void Valid_with_well_placed_directives()
    {
        const string document = """
            query ($var: Boolean @onVariableDefinition) @onQuery {
              human @onField {
                ...Frag @onFragmentSpread
                ... @onInlineFragment {
                  name @onField
                }
              }
            }

            mutation @onMutation {
              someField @onField
            }

            subscription @onSubscription {
              someField @onField
            }

            fragment Frag on Human @onFragmentDefinition {
              name @onField
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>With misplaced directives.</summary>
    [Fact]
    public void Invalid_with_misplaced_directives()
    {
        const string document = """
            query ($var: Boolean @onQuery) @onMutation {
              human @onQuery {
                ...Frag @onQuery
                ... @onQuery {
                  name @onQuery
                }
              }
            }

            mutation @onQuery {
              someField @onQuery
            }

            subscription @onQuery {
              someField @onQuery
            }

            fragment Frag on Human @onQuery {
              name @onQuery
            }
            """;
        Invalid(Rule, document,
            E("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 22)),
            E("Directive \"@onMutation\" may not be used on QUERY.", (1, 32)),
            E("Directive \"@onQuery\" may not be used on FIELD.", (2, 9)),
            E("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 13)),
            E("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (4, 9)),
            E("Directive \"@onQuery\" may not be used on FIELD.", (5, 12)),
            E("Directive \"@onQuery\" may not be used on MUTATION.", (10, 10)),
            E("Directive \"@onQuery\" may not be used on FIELD.", (11, 13)),
            E("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (14, 14)),
            E("Directive \"@onQuery\" may not be used on FIELD.", (15, 13)),
            E("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (18, 24)),
            E("Directive \"@onQuery\" may not be used on FIELD.", (19, 8)));
    }

    /// <summary>With directive defined in the document.</summary>
    [Fact]
    public void Valid_with_directive_defined_in_the_document()
    {
        const string document = """
            directive @local on FIELD | QUERY

            query @local {
              dog @local
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>With misplaced directives on type system definitions.</summary>
    [Fact]
    public void Invalid_with_misplaced_directives_on_type_system_definitions()
    {
        const string document = """
            type Cow @onQuery {
              name: String @onQuery
              size(unit: String @onQuery): Int
            }
            enum Moo @onField {
              A @onField
            }
            input Feed @onQuery {
              hay: Int @onQuery
            }
            """;
        Invalid(Rule, document,
            E("Directive \"@onQuery\" may not be used on OBJECT.", (1, 10)),
            E("Directive \"@onQuery\" may not be used on FIELD_DEFINITION.", (2, 16)),
            E("Directive \"@onQuery\" may not be used on ARGUMENT_DEFINITION.", (3, 21)),
            E("Directive \"@onField\" may not be used on ENUM.", (5, 10)),
            E("Directive \"@onField\" may not be used on ENUM_VALUE.", (6, 5)),
            E("Directive \"@onQuery\" may not be used on INPUT_OBJECT.", (8, 12)),
            E("Directive \"@onQuery\" may not be used on INPUT_FIELD_DEFINITION.", (9, 12)));
    }
}
