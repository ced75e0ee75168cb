using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="MaxIntrospectionDepthRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly IValidationRule Rule = MaxIntrospectionDepthRule.Instance;

    /// <summary>Default introspection query shape.</summary>
    [Fact]
    public void Valid_default_introspection_query_shape()
    {
        const string document = """
            {
              __schema {
                types {
                  fields {
                    type {
                      name
                    }
                  }
                }
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Too deep fields.</summary>
    [Fact]
    public void Invalid_too_deep_fields()
    {
        const string document = """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """;
        Invalid(Rule, document,
            E("Maximum introspection depth exceeded", (2, 3)));
    }

    /// <summary>Too deep interfaces.</summary>
    [Fact]
    public void Invalid_too_deep_interfaces()
    {
        const string document = """
            {
              __schema {
                types {
                  interfaces {
                    interfaces {
                      interfaces {
                        name
                      }
                    }
                  }
                }
              }
            }
            """;
        Invalid(Rule, document,
            E("Maximum introspection depth exceeded", (2, 3)));
    }

    /// <summary>Too deep via fragments.</summary>
    [Fact]
    public void Invalid_too_deep_via_fragments()
    {
        const string document = """
            {
              __type(name: "Dog") {
                ...F1
              }
            }
            fragment F1 on __Type {
              fields {
                type {
                  ...F2
                }
              }
            }
            fragment F2 on __Type {
              possibleTypes {
                ...F3
              }
            }
            fragment F3 on __Type {
              inputFields {
                name
              }
            }
            """;
        Invalid(Rule, document,
            E("Maximum introspection depth exceeded", (2, 3)));
    }

    /// <summary>Does not loop on fragment cycle.</summary>
    [Fact]
    public void Valid_does_not_loop_on_fragment_cycle()
    {
        const string document = """
            {
              __type(name: "Dog") {
                ...F
              }
            }
            fragment F on __Type {
              name
              ...F
            }
            """;
        Valid(Rule, document);
    }
}
