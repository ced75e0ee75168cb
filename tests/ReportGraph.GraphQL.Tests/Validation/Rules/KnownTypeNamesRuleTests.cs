using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="KnownTypeNamesRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class KnownTypeNamesRuleTests
{
    private static readonly IValidationRule Rule = KnownTypeNamesRule.Instance;

    /// <summary>Known type names are valid.</summary>
    [Fact]
    public void Valid_known_type_names_are_valid()
    {
        const string document = """
            query Foo(
              $var: String
              $required: [Int!]!
              $introspectionType: __EnumValue
            ) {
              user(id: 4) {
                pets { ... on Pet { name }, ...PetFields, ... { name } }
              }
            }

            fragment PetFields on Pet {
              name
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Unknown type names are invalid.</summary>
    [Fact]
    public void Invalid_unknown_type_names_are_invalid()
    {
        const string document = """
            query Foo($var: [JumbledUpLetters!]!) {
              user(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """;
        Invalid(Rule, document,
            E("Unknown type \"JumbledUpLetters\".", (1, 18)),
            E("Unknown type \"Badger\".", (4, 19)),
            E("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (7, 23)));
    }

    /// <summary>References to standard scalars that are missing in schema... type suggestions.</summary>
    [Fact]
    public void Invalid_references_to_standard_scalars_that_are_missing_in_schema_type_suggestions()
    {
        const string document = """
            query ($id: Id, $float: float, $int: inT) {
              __typename
            }
            """;
        Invalid(Rule, document,
            E("Unknown type \"Id\". Did you mean \"ID\"?", (1, 13)),
            E("Unknown type \"float\". Did you mean \"Float\" or \"Cat\"?", (1, 25)),
            E("Unknown type \"inT\". Did you mean \"Int\", \"Cat\", \"ID\", or \"Pet\"?", (1, 38)));
    }

    /// <summary>Standard types may be named in type system definitions.</summary>
    [Fact]
    public void Valid_standard_types_may_be_named_in_type_system_definitions()
    {
        const string document = """
            type Cow {
              a: String
              b: Int
              c: Float
              d: Boolean
              e: ID
              f: __Type
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Unknown types in type system definitions.</summary>
    [Fact]
    public void Invalid_unknown_types_in_type_system_definitions()
    {
        const string document = """
            type Cow implements Animal {
              name: Strin
              spots(count: Innt): [Spot]
            }
            union Herd = Cow | Sheep
            schema { query: Quary }
            """;
        Invalid(Rule, document,
            E("Unknown type \"Animal\". Did you mean \"Mammal\"?", (1, 21)),
            E("Unknown type \"Strin\". Did you mean \"String\"?", (2, 9)),
            E("Unknown type \"Innt\". Did you mean \"Int\"?", (3, 16)),
            E("Unknown type \"Spot\". Did you mean \"Pet\"?", (3, 24)),
            E("Unknown type \"Sheep\". Did you mean \"Herd\"?", (5, 20)),
            E("Unknown type \"Quary\".", (6, 17)));
    }
}
