using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="NoFragmentCyclesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class NoFragmentCyclesRuleTests
{
    private static readonly IValidationRule Rule = NoFragmentCyclesRule.Instance;

    /// <summary>Single reference is valid.</summary>
    [Fact]
    public void Valid_single_reference_is_valid()
    {
        const string document = """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """;
        Valid(Rule, document);
    }

    /// <summary>Spreading twice is not circular.</summary>
    [Fact]
    public void Valid_spreading_twice_is_not_circular()
    {
        const string document = """
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            """;
        Valid(Rule, document);
    }

    /// <summary>Spreading twice indirectly is not circular.</summary>
    [Fact]
    public void Valid_spreading_twice_indirectly_is_not_circular()
    {
        const string document = """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { name }
            """;
        Valid(Rule, document);
    }

    /// <summary>Double spread within abstract types.</summary>
    [Fact]
    public void Valid_double_spread_within_abstract_types()
    {
        const string document = """
            fragment nameFragment on Pet {
              ... on Dog { name }
              ... on Cat { name }
            }

            fragment spreadsInAnon on Pet {
              ... on Dog { ...nameFragment }
              ... on Cat { ...nameFragment }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Does not false positive on unknown fragment.</summary>
    [Fact]
    public void Valid_does_not_false_positive_on_unknown_fragment()
    {
        const string document = """
            fragment nameFragment on Pet {
              ...UnknownFragment
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Spreading recursively within field fails.</summary>
    [Fact]
    public void Invalid_spreading_recursively_within_field_fails()
    {
        const string document = """
            fragment fragA on Human { relatives { ...fragA } },
            """;
        Invalid(Rule, document,
            E("Cannot spread fragment \"fragA\" within itself.", (1, 39)));
    }

    /// <summary>No spreading itself directly.</summary>
    [Fact]
    public void Invalid_no_spreading_itself_directly()
    {
        const string document = """
            fragment fragA on Dog { ...fragA }
            """;
        Invalid(Rule, document,
            E("Cannot spread fragment \"fragA\" within itself.", (1, 25)));
    }

    /// <summary>No spreading itself directly within inline fragment.</summary>
    [Fact]
    public void Invalid_no_spreading_itself_directly_within_inline_fragment()
    {
        const string document = """
            fragment fragA on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """;
        Invalid(Rule, document,
            E("Cannot spread fragment \"fragA\" within itself.", (3, 5)));
    }

    /// <summary>No spreading itself indirectly.</summary>
    [Fact]
    public void Invalid_no_spreading_itself_indirectly()
    {
        const string document = """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """;
        Invalid(Rule, document,
            E("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)));
    }

    /// <summary>No spreading itself indirectly reports opposite order.</summary>
    [Fact]
    public void Invalid_no_spreading_itself_indirectly_reports_opposite_order()
    {
        const string document = """
            fragment fragB on Dog { ...fragA }
            fragment fragA on Dog { ...fragB }
            """;
        Invalid(Rule, document,
            E("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (1, 25), (2, 25)));
    }

    /// <summary>No spreading itself deeply.</summary>
    [Fact]
    public void Invalid_no_spreading_itself_deeply()
    {
        const string document = """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """;
        Invalid(Rule, document,
            E("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
            E("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)));
    }

    /// <summary>No spreading itself deeply two paths.</summary>
    [Fact]
    public void Invalid_no_spreading_itself_deeply_two_paths()
    {
        const string document = """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """;
        Invalid(Rule, document,
            E("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
            E("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25)));
    }

    /// <summary>No spreading itself deeply two paths -- new rule.</summary>
    [Fact]
    public void Invalid_no_spreading_itself_deeply_two_paths_new_rule()
    {
        const string document = """
            fragment fragA on Dog { ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """;
        Invalid(Rule, document,
            E("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 25), (3, 25)),
            E("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (3, 35), (2, 25)));
    }

    /// <summary>No spreading itself deeply and immediately.</summary>
    [Fact]
    public void Invalid_no_spreading_itself_deeply_and_immediately()
    {
        const string document = """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """;
        Invalid(Rule, document,
            E("Cannot spread fragment \"fragB\" within itself.", (2, 25)),
            E("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (1, 25), (2, 35), (3, 25)),
            E("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (2, 35), (3, 35)));
    }
}
