using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="UniqueDirectivesPerLocationRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly IValidationRule Rule = UniqueDirectivesPerLocationRule.Instance;

    /// <summary>No directives.</summary>
    [Fact]
    public void Valid_no_directives()
    {
        const string document = """
            fragment Test on Type {
              field
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Unique directives in different locations.</summary>
    [Fact]
    public void Valid_unique_directives_in_different_locations()
    {
        const string document = """
            fragment Test on Type @onFragmentDefinition {
              field @onField
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Unique directives in same locations.</summary>
    [Fact]
    public void Valid_unique_directives_in_same_locations()
    {
        const string document = """
            fragment Test on Type @onFragmentDefinition @repeatable {
              field @onField @include(if: true)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Same directives in different locations.</summary>
    [Fact]
    public void Valid_same_directives_in_different_locations()
    {
        const string document = """
            fragment Test on Type @onFragmentDefinition {
              field @onFragmentDefinition
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Same directives in similar locations.</summary>
    [Fact]
    public void Valid_same_directives_in_similar_locations()
    {
        const string document = """
            fragment Test on Type {
              field @onField
              field @onField
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Repeatable directives in same location.</summary>
    [Fact]
    public void Valid_repeatable_directives_in_same_location()
    {
        const string document = """
            fragment Test on Type @repeatable @repeatable {
              field @repeatable @repeatable
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Unknown directives must be ignored.</summary>
    [Fact]
    public void Valid_unknown_directives_must_be_ignored()
    {
        const string document = """
            fragment Test on Type @unknown @unknown {
              field @unknown @unknown
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Duplicate directives in one location.</summary>
    [Fact]
    public void Invalid_duplicate_directives_in_one_location()
    {
        const string document = """
            fragment Test on Type {
              field @onField @onField
            }
            """;
        Invalid(Rule, document,
            E("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 18)));
    }

    /// <summary>Many duplicate directives in one location.</summary>
    [Fact]
    public void Invalid_many_duplicate_directives_in_one_location()
    {
        const string document = """
            fragment Test on Type {
              field @onField @onField @onField
            }
            """;
        Invalid(Rule, document,
            E("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 18)),
            E("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 27)));
    }

    /// <summary>Different duplicate directives in one location.</summary>
    [Fact]
    public void Invalid_different_duplicate_directives_in_one_location()
    {
        const string document = """
            fragment Test on Type {
              field @onField @skip(if: true) @onField @skip(if: false)
            }
            """;
        Invalid(Rule, document,
            E("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 34)),
            E("The directive \"@skip\" can only be used once at this location.", (2, 18), (2, 43)));
    }

    /// <summary>Duplicate directives in many locations.</summary>
    [Fact]
    public void Invalid_duplicate_directives_in_many_locations()
    {
        const string document = """
            fragment Test on Type @onFragmentDefinition @onFragmentDefinition {
              field @onField @onField
            }
            """;
        Invalid(Rule, document,
            E("The directive \"@onFragmentDefinition\" can only be used once at this location.", (1, 23), (1, 45)),
            E("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 18)));
    }

    /// <summary>Duplicate directives on a type and its extensions.</summary>
    [Fact]
    public void Invalid_duplicate_directives_on_a_type_and_its_extensions()
    {
        const string document = """
            type Cow @onField {
              name: String
            }
            extend type Cow @onField
            extend type Cow @onField @onField
            """;
        Invalid(Rule, document,
            E("The directive \"@onField\" can only be used once at this location.", (1, 10), (4, 17)),
            E("The directive \"@onField\" can only be used once at this location.", (1, 10), (5, 17)),
            E("The directive \"@onField\" can only be used once at this location.", (1, 10), (5, 26)));
    }

    /// <summary>Duplicate directives on schema definition and extension.</summary>
    [Fact]
    public void Invalid_duplicate_directives_on_schema_definition_and_extension()
    {
        const string document = """
            schema @onQuery {
              query: QueryRoot
            }
            extend schema @onQuery
            """;
        Invalid(Rule, document,
            E("The directive \"@onQuery\" can only be used once at this location.", (1, 8), (4, 15)));
    }

    /// <summary>Directive defined repeatable in the document.</summary>
    [Fact]
    public void Valid_directive_defined_repeatable_in_the_document()
    {
        const string document = """
            directive @tag repeatable on FIELD

            {
              dog @tag @tag
            }
            """;
        Valid(Rule, document);
    }
}
