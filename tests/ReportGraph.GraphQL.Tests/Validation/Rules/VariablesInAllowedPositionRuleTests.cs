using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="VariablesInAllowedPositionRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly IValidationRule Rule = VariablesInAllowedPositionRule.Instance;

    /// <summary>Boolean =&gt; Boolean.</summary>
    [Fact]
    public void Valid_boolean_boolean()
    {
        const string document = """
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Boolean =&gt; Boolean within fragment.</summary>
    [Fact]
    public void Valid_boolean_boolean_within_fragment()
    {
        const string document = """
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $booleanArg)
            }
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Boolean! =&gt; Boolean.</summary>
    [Fact]
    public void Valid_boolean_boolean_2()
    {
        const string document = """
            query Query($nonNullBooleanArg: Boolean!)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $nonNullBooleanArg)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>[String] =&gt; [String].</summary>
    [Fact]
    public void Valid_string_string()
    {
        const string document = """
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>[String!] =&gt; [String].</summary>
    [Fact]
    public void Valid_string_string_2()
    {
        const string document = """
            query Query($stringListVar: [String!])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>String =&gt; [String] in item position.</summary>
    [Fact]
    public void Valid_string_string_in_item_position()
    {
        const string document = """
            query Query($stringVar: String)
            {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>ComplexInput =&gt; ComplexInput in field position.</summary>
    [Fact]
    public void Valid_complexinput_complexinput_in_field_position()
    {
        const string document = """
            query Query($boolVar: Boolean = false)
            {
              complicatedArgs {
                complexArgField(complexArg: {requiredArg: $boolVar})
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Boolean! =&gt; Boolean! in directive.</summary>
    [Fact]
    public void Valid_boolean_boolean_in_directive()
    {
        const string document = """
            query Query($boolVar: Boolean!)
            {
              dog @include(if: $boolVar)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Int =&gt; Int! with non-null default value.</summary>
    [Fact]
    public void Valid_int_int_with_non_null_default_value()
    {
        const string document = """
            query Query($intVar: Int = 1) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Int =&gt; Int! where argument has default.</summary>
    [Fact]
    public void Valid_int_int_where_argument_has_default()
    {
        const string document = """
            query Query($intVar: Int) {
              complicatedArgs {
                nonNullFieldWithDefault(arg: $intVar)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Int =&gt; Int!.</summary>
    [Fact]
    public void Invalid_int_int()
    {
        const string document = """
            query Query($intArg: Int) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));
    }

    /// <summary>Int =&gt; Int! within fragment.</summary>
    [Fact]
    public void Invalid_int_int_within_fragment()
    {
        const string document = """
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...nonNullIntArgFieldFrag
              }
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (5, 13), (2, 37)));
    }

    /// <summary>Int =&gt; Int! within nested fragment.</summary>
    [Fact]
    public void Invalid_int_int_within_nested_fragment()
    {
        const string document = """
            fragment outerFrag on ComplicatedArgs {
              ...nonNullIntArgFieldFrag
            }

            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...outerFrag
              }
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (9, 13), (6, 37)));
    }

    /// <summary>String over Boolean.</summary>
    [Fact]
    public void Invalid_string_over_boolean()
    {
        const string document = """
            query Query($stringVar: String) {
              complicatedArgs {
                booleanArgField(booleanArg: $stringVar)
              }
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13), (3, 33)));
    }

    /// <summary>String =&gt; [String].</summary>
    [Fact]
    public void Invalid_string_string()
    {
        const string document = """
            query Query($stringVar: String) {
              complicatedArgs {
                stringListArgField(stringListArg: $stringVar)
              }
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (3, 39)));
    }

    /// <summary>Boolean =&gt; Boolean! in directive.</summary>
    [Fact]
    public void Invalid_boolean_boolean_in_directive()
    {
        const string document = """
            query Query($boolVar: Boolean) {
              dog @include(if: $boolVar)
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));
    }

    /// <summary>String =&gt; Boolean! in directive.</summary>
    [Fact]
    public void Invalid_string_boolean_in_directive()
    {
        const string document = """
            query Query($stringVar: String) {
              dog @include(if: $stringVar)
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));
    }

    /// <summary>[String] =&gt; [String!].</summary>
    [Fact]
    public void Invalid_string_string_2()
    {
        const string document = """
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: $stringListVar)
              }
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 13), (4, 53)));
    }

    /// <summary>Int =&gt; Int! with null default value.</summary>
    [Fact]
    public void Invalid_int_int_with_null_default_value()
    {
        const string document = """
            query Query($intVar: Int = null) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));
    }

    /// <summary>Nullable variable in OneOf field.</summary>
    [Fact]
    public void Invalid_nullable_variable_in_oneof_field()
    {
        const string document = """
            query ($string: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """;
        Invalid(Rule, document,
            E("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 8), (3, 44)));
    }
}
