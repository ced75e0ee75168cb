using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="ExecutableDefinitionsRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly IValidationRule Rule = ExecutableDefinitionsRule.Instance;

    /// <summary>Only operation.</summary>
    [Fact]
    public void Valid_only_operation()
    {
        const string document = """
            query Foo {
              dog {
                name
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Operation and fragment.</summary>
    [Fact]
    public void Valid_operation_and_fragment()
    {
        const string document = """
            query Foo {
              dog {
                name
                ...Frag
              }
            }

            fragment Frag on Dog {
              name
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Type definitions are not executable.</summary>
    [Fact]
    public void Invalid_type_definitions_are_not_executable()
    {
        const string document = """
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """;
        Invalid(Rule, document,
            E("The \"Cow\" definition is not executable.", (7, 1)),
            E("The \"Dog\" definition is not executable.", (11, 1)));
    }

    /// <summary>Schema definition and extension.</summary>
    [Fact]
    public void Invalid_schema_definition_and_extension()
    {
        const string document = """
            schema {
              query: Query
            }

            type Query {
              test: String
            }

            extend schema @directive
            """;
        Invalid(Rule, document,
            E("The schema definition is not executable.", (1, 1)),
            E("The \"Query\" definition is not executable.", (5, 1)),
            E("The schema definition is not executable.", (9, 1)));
    }
}
