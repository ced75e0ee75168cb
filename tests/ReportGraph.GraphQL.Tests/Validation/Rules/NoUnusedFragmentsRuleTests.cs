using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="NoUnusedFragmentsRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly IValidationRule Rule = NoUnusedFragmentsRule.Instance;

    /// <summary>All fragment names are used.</summary>
    [Fact]
    public void Valid_all_fragment_names_are_used()
    {
        const string document = """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>All fragment names are used by multiple operations.</summary>
    [Fact]
    public void Valid_all_fragment_names_are_used_by_multiple_operations()
    {
        const string document = """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Contains unknown fragments.</summary>
    [Fact]
    public void Invalid_contains_unknown_fragments()
    {
        const string document = """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
            }
            fragment Unused2 on Human {
              name
            }
            """;
        Invalid(Rule, document,
            E("Fragment \"Unused1\" is never used.", (21, 1)),
            E("Fragment \"Unused2\" is never used.", (24, 1)));
    }

    /// <summary>Contains unknown fragments with ref cycle.</summary>
    [Fact]
    public void Invalid_contains_unknown_fragments_with_ref_cycle()
    {
        const string document = """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            fragment HumanFields1 on Human {
              name
            }
            fragment Unused1 on Human {
              name
              ...Unused2
            }
            fragment Unused2 on Human {
              name
              ...Unused1
            }
            """;
        Invalid(Rule, document,
            E("Fragment \"Unused1\" is never used.", (9, 1)),
            E("Fragment \"Unused2\" is never used.", (13, 1)));
    }

    /// <summary>Contains unknown and undef fragments.</summary>
    [Fact]
    public void Invalid_contains_unknown_and_undef_fragments()
    {
        const string document = """
            query Foo {
              human(id: 4) {
                ...bar
              }
            }
            fragment foo on Human {
              name
            }
            """;
        Invalid(Rule, document,
            E("Fragment \"foo\" is never used.", (6, 1)));
    }
}
