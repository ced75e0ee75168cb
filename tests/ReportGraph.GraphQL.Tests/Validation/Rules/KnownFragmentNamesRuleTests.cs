using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="KnownFragmentNamesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class KnownFragmentNamesRuleTests
{
    private static readonly IValidationRule Rule = KnownFragmentNamesRule.Instance;

    /// <summary>Known fragment names are valid.</summary>
    [Fact]
    public void Valid_known_fragment_names_are_valid()
    {
        const string document = """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
                ... {
                  name
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

    /// <summary>Unknown fragment names are invalid.</summary>
    [Fact]
    public void Invalid_unknown_fragment_names_are_invalid()
    {
        const string document = """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """;
        Invalid(Rule, document,
            E("Unknown fragment \"UnknownFragment1\".", (3, 8)),
            E("Unknown fragment \"UnknownFragment2\".", (5, 10)),
            E("Unknown fragment \"UnknownFragment3\".", (11, 6)));
    }
}
