using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="ValuesOfCorrectTypeRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly IValidationRule Rule = ValuesOfCorrectTypeRule.Instance;

    /// <summary>Good int value.</summary>
    [Fact]
    public void Valid_good_int_value()
    {
        const string document = """
            {
              complicatedArgs {
                intArgField(intArg: 2)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Good negative int value.</summary>
    [Fact]
    public void Valid_good_negative_int_value()
    {
        const string document = """
            {
              complicatedArgs {
                intArgField(intArg: -2)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Good boolean value.</summary>
    [Fact]
    public void Valid_good_boolean_value()
    {
        const string document = """
            {
              complicatedArgs {
                booleanArgField(booleanArg: true)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Good string value.</summary>
    [Fact]
    public void Valid_good_string_value()
    {
        const string document = """
            {
              complicatedArgs {
                stringArgField(stringArg: "foo")
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Good float values.</summary>
    [Fact]
    public void Valid_good_float_values()
    {
        const string document = """
            {
              complicatedArgs {
                a: floatArgField(floatArg: 1.1)
                b: floatArgField(floatArg: -1.1)
                c: floatArgField(floatArg: 1)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Int and string into ID.</summary>
    [Fact]
    public void Valid_int_and_string_into_id()
    {
        const string document = """
            {
              complicatedArgs {
                a: idArgField(idArg: 1)
                b: idArgField(idArg: "someIdString")
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Good enum value.</summary>
    [Fact]
    public void Valid_good_enum_value()
    {
        const string document = """
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Null into nullable types.</summary>
    [Fact]
    public void Valid_null_into_nullable_types()
    {
        const string document = """
            {
              complicatedArgs {
                intArgField(intArg: null)
              }
              dog(a: null, b: null, c:{ requiredField: true, intField: null }) {
                name
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Int into string.</summary>
    [Fact]
    public void Invalid_int_into_string()
    {
        const string document = """
            {
              complicatedArgs {
                stringArgField(stringArg: 1)
              }
            }
            """;
        Invalid(Rule, document,
            E("String cannot represent a non string value: 1", (3, 31)));
    }

    /// <summary>Float into string.</summary>
    [Fact]
    public void Invalid_float_into_string()
    {
        const string document = """
            {
              complicatedArgs {
                stringArgField(stringArg: 1.0)
              }
            }
            """;
        Invalid(Rule, document,
            E("String cannot represent a non string value: 1.0", (3, 31)));
    }

    /// <summary>Boolean into string.</summary>
    [Fact]
    public void Invalid_boolean_into_string()
    {
        const string document = """
            {
              complicatedArgs {
                stringArgField(stringArg: true)
              }
            }
            """;
        Invalid(Rule, document,
            E("String cannot represent a non string value: true", (3, 31)));
    }

    /// <summary>Unquoted string into string.</summary>
    [Fact]
    public void Invalid_unquoted_string_into_string()
    {
        const string document = """
            {
              complicatedArgs {
                stringArgField(stringArg: BAR)
              }
            }
            """;
        Invalid(Rule, document,
            E("String cannot represent a non string value: BAR", (3, 31)));
    }

    /// <summary>String into int.</summary>
    [Fact]
    public void Invalid_string_into_int()
    {
        const string document = """
            {
              complicatedArgs {
                intArgField(intArg: "3")
              }
            }
            """;
        Invalid(Rule, document,
            E("Int cannot represent non-integer value: \"3\"", (3, 25)));
    }

    /// <summary>Big int into int.</summary>
    [Fact]
    public void Invalid_big_int_into_int()
    {
        const string document = """
            {
              complicatedArgs {
                intArgField(intArg: 829384293849283498239482938)
              }
            }
            """;
        Invalid(Rule, document,
            E("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (3, 25)));
    }

    /// <summary>Unquoted string into int.</summary>
    [Fact]
    public void Invalid_unquoted_string_into_int()
    {
        const string document = """
            {
              complicatedArgs {
                intArgField(intArg: FOO)
              }
            }
            """;
        Invalid(Rule, document,
            E("Int cannot represent non-integer value: FOO", (3, 25)));
    }

    /// <summary>Simple float into int.</summary>
    [Fact]
    public void Invalid_simple_float_into_int()
    {
        const string document = """
            {
              complicatedArgs {
                intArgField(intArg: 3.0)
              }
            }
            """;
        Invalid(Rule, document,
            E("Int cannot represent non-integer value: 3.0", (3, 25)));
    }

    /// <summary>Float into int.</summary>
    [Fact]
    public void Invalid_float_into_int()
    {
        const string document = """
            {
              complicatedArgs {
                intArgField(intArg: 3.333)
              }
            }
            """;
        Invalid(Rule, document,
            E("Int cannot represent non-integer value: 3.333", (3, 25)));
    }

    /// <summary>String into float.</summary>
    [Fact]
    public void Invalid_string_into_float()
    {
        const string document = """
            {
              complicatedArgs {
                floatArgField(floatArg: "3.333")
              }
            }
            """;
        Invalid(Rule, document,
            E("Float cannot represent non numeric value: \"3.333\"", (3, 29)));
    }

    /// <summary>Boolean into float.</summary>
    [Fact]
    public void Invalid_boolean_into_float()
    {
        const string document = """
            {
              complicatedArgs {
                floatArgField(floatArg: true)
              }
            }
            """;
        Invalid(Rule, document,
            E("Float cannot represent non numeric value: true", (3, 29)));
    }

    /// <summary>Unquoted into float.</summary>
    [Fact]
    public void Invalid_unquoted_into_float()
    {
        const string document = """
            {
              complicatedArgs {
                floatArgField(floatArg: FOO)
              }
            }
            """;
        Invalid(Rule, document,
            E("Float cannot represent non numeric value: FOO", (3, 29)));
    }

    /// <summary>Float into ID.</summary>
    [Fact]
    public void Invalid_float_into_id()
    {
        const string document = """
            {
              complicatedArgs {
                idArgField(idArg: 1.0)
              }
            }
            """;
        Invalid(Rule, document,
            E("ID cannot represent a non-string and non-integer value: 1.0", (3, 23)));
    }

    /// <summary>Boolean into ID.</summary>
    [Fact]
    public void Invalid_boolean_into_id()
    {
        const string document = """
            {
              complicatedArgs {
                idArgField(idArg: true)
              }
            }
            """;
        Invalid(Rule, document,
            E("ID cannot represent a non-string and non-integer value: true", (3, 23)));
    }

    /// <summary>Unquoted into ID.</summary>
    [Fact]
    public void Invalid_unquoted_into_id()
    {
        const string document = """
            {
              complicatedArgs {
                idArgField(idArg: SOMETHING)
              }
            }
            """;
        Invalid(Rule, document,
            E("ID cannot represent a non-string and non-integer value: SOMETHING", (3, 23)));
    }

    /// <summary>Int into enum.</summary>
    [Fact]
    public void Invalid_int_into_enum()
    {
        const string document = """
            {
              dog {
                doesKnowCommand(dogCommand: 2)
              }
            }
            """;
        Invalid(Rule, document,
            E("Enum \"DogCommand\" cannot represent non-enum value: 2.", (3, 33)));
    }

    /// <summary>String into enum.</summary>
    [Fact]
    public void Invalid_string_into_enum()
    {
        const string document = """
            {
              dog {
                doesKnowCommand(dogCommand: "SIT")
              }
            }
            """;
        Invalid(Rule, document,
            E("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (3, 33)));
    }

    /// <summary>Boolean into enum.</summary>
    [Fact]
    public void Invalid_boolean_into_enum()
    {
        const string document = """
            {
              dog {
                doesKnowCommand(dogCommand: true)
              }
            }
            """;
        Invalid(Rule, document,
            E("Enum \"DogCommand\" cannot represent non-enum value: true.", (3, 33)));
    }

    /// <summary>Unknown enum value into enum.</summary>
    [Fact]
    public void Invalid_unknown_enum_value_into_enum()
    {
        const string document = """
            {
              dog {
                doesKnowCommand(dogCommand: JUGGLE)
              }
            }
            """;
        Invalid(Rule, document,
            E("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (3, 33)));
    }

    /// <summary>Different case enum value into enum.</summary>
    [Fact]
    public void Invalid_different_case_enum_value_into_enum()
    {
        const string document = """
            {
              dog {
                doesKnowCommand(dogCommand: sit)
              }
            }
            """;
        Invalid(Rule, document,
            E("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (3, 33)));
    }

    /// <summary>Good list value.</summary>
    [Fact]
    public void Valid_good_list_value()
    {
        const string document = """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", null, "two"])
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Empty list value.</summary>
    [Fact]
    public void Valid_empty_list_value()
    {
        const string document = """
            {
              complicatedArgs {
                stringListArgField(stringListArg: [])
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Single value into list.</summary>
    [Fact]
    public void Valid_single_value_into_list()
    {
        const string document = """
            {
              complicatedArgs {
                stringListArgField(stringListArg: "one")
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Incorrect item type.</summary>
    [Fact]
    public void Invalid_incorrect_item_type()
    {
        const string document = """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", 2])
              }
            }
            """;
        Invalid(Rule, document,
            E("String cannot represent a non string value: 2", (3, 47)));
    }

    /// <summary>Single value of incorrect type.</summary>
    [Fact]
    public void Invalid_single_value_of_incorrect_type()
    {
        const string document = """
            {
              complicatedArgs {
                stringListArgField(stringListArg: 1)
              }
            }
            """;
        Invalid(Rule, document,
            E("String cannot represent a non string value: 1", (3, 39)));
    }

    /// <summary>Null into non-null list item.</summary>
    [Fact]
    public void Invalid_null_into_non_null_list_item()
    {
        const string document = """
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: ["one", null])
              }
            }
            """;
        Invalid(Rule, document,
            E("Expected value of type \"String!\", found null.", (3, 61)));
    }

    /// <summary>Arg on optional arg.</summary>
    [Fact]
    public void Valid_arg_on_optional_arg()
    {
        const string document = """
            {
              dog {
                isHouseTrained(atOtherHomes: true)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Multiple args.</summary>
    [Fact]
    public void Valid_multiple_args()
    {
        const string document = """
            {
              complicatedArgs {
                multipleReqs(req1: 1, req2: 2)
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Incorrect value type.</summary>
    [Fact]
    public void Invalid_incorrect_value_type()
    {
        const string document = """
            {
              complicatedArgs {
                multipleReqs(req2: "two", req1: "one")
              }
            }
            """;
        Invalid(Rule, document,
            E("Int cannot represent non-integer value: \"two\"", (3, 24)),
            E("Int cannot represent non-integer value: \"one\"", (3, 37)));
    }

    /// <summary>Incorrect value and missing argument.</summary>
    [Fact]
    public void Invalid_incorrect_value_and_missing_argument()
    {
        const string document = """
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """;
        Invalid(Rule, document,
            E("Int cannot represent non-integer value: \"one\"", (3, 24)));
    }

    /// <summary>Null value.</summary>
    [Fact]
    public void Invalid_null_value()
    {
        const string document = """
            {
              complicatedArgs {
                multipleReqs(req1: null)
              }
            }
            """;
        Invalid(Rule, document,
            E("Expected value of type \"Int!\", found null.", (3, 24)));
    }

    /// <summary>Optional arg, despite required field in type.</summary>
    [Fact]
    public void Valid_optional_arg_despite_required_field_in_type()
    {
        const string document = """
            {
              complicatedArgs {
                complexArgField
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Partial object, only required.</summary>
    [Fact]
    public void Valid_partial_object_only_required()
    {
        const string document = """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true })
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Full object with fields in different order.</summary>
    [Fact]
    public void Valid_full_object_with_fields_in_different_order()
    {
        const string document = """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", "two"],
                  booleanField: false,
                  requiredField: true,
                  stringField: "foo",
                  intField: 4,
                })
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Partial object, missing required.</summary>
    [Fact]
    public void Invalid_partial_object_missing_required()
    {
        const string document = """
            {
              complicatedArgs {
                complexArgField(complexArg: { intField: 4 })
              }
            }
            """;
        Invalid(Rule, document,
            E("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 33)));
    }

    /// <summary>Partial object, invalid field type.</summary>
    [Fact]
    public void Invalid_partial_object_invalid_field_type()
    {
        const string document = """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", 2],
                  requiredField: true,
                })
              }
            }
            """;
        Invalid(Rule, document,
            E("String cannot represent a non string value: 2", (4, 32)));
    }

    /// <summary>Partial object, null to non-null field.</summary>
    [Fact]
    public void Invalid_partial_object_null_to_non_null_field()
    {
        const string document = """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  nonNullField: null,
                })
              }
            }
            """;
        Invalid(Rule, document,
            E("Expected value of type \"Boolean!\", found null.", (5, 21)));
    }

    /// <summary>Partial object, unknown field arg.</summary>
    [Fact]
    public void Invalid_partial_object_unknown_field_arg()
    {
        const string document = """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  invalidField: "value"
                })
              }
            }
            """;
        Invalid(Rule, document,
            E("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (5, 7)));
    }

    /// <summary>Exactly one field in OneOf.</summary>
    [Fact]
    public void Valid_exactly_one_field_in_oneof()
    {
        const string document = """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc" })
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Exactly one non-nullable variable in OneOf.</summary>
    [Fact]
    public void Valid_exactly_one_non_nullable_variable_in_oneof()
    {
        const string document = """
            query ($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>More than one field in OneOf.</summary>
    [Fact]
    public void Invalid_more_than_one_field_in_oneof()
    {
        const string document = """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
              }
            }
            """;
        Invalid(Rule, document,
            E("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29)));
    }

    /// <summary>Null field in OneOf.</summary>
    [Fact]
    public void Invalid_null_field_in_oneof()
    {
        const string document = """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: null })
              }
            }
            """;
        Invalid(Rule, document,
            E("Field \"OneOfInput.stringField\" must be non-null.", (3, 29)));
    }

    /// <summary>No field in OneOf.</summary>
    [Fact]
    public void Invalid_no_field_in_oneof()
    {
        const string document = """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: {})
              }
            }
            """;
        Invalid(Rule, document,
            E("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29)));
    }

    /// <summary>With directives of valid types.</summary>
    [Fact]
    public void Valid_with_directives_of_valid_types()
    {
        const string document = """
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>With directive with incorrect types.</summary>
    [Fact]
    public void Invalid_with_directive_with_incorrect_types()
    {
        const string document = """
            {
              dog @include(if: "yes") {
                name @skip(if: ENUM)
              }
            }
            """;
        Invalid(Rule, document,
            E("Boolean cannot represent a non boolean value: \"yes\"", (2, 20)),
            E("Boolean cannot represent a non boolean value: ENUM", (3, 20)));
    }

    /// <summary>Variables with valid default values.</summary>
    [Fact]
    public void Valid_variables_with_valid_default_values()
    {
        const string document = """
            query WithDefaultValues(
              $a: Int = 1,
              $b: String = "ok",
              $c: ComplexInput = { requiredField: true, intField: 3 }
              $d: Int! = 123
            ) {
              dog { name }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Variables with valid default null values.</summary>
    [Fact]
    public void Valid_variables_with_valid_default_null_values()
    {
        const string document = """
            query WithDefaultValues(
              $a: Int = null,
              $b: String = null,
              $c: ComplexInput = { requiredField: true, intField: null }
            ) {
              dog { name }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Variables with invalid default null values.</summary>
    [Fact]
    public void Invalid_variables_with_invalid_default_null_values()
    {
        const string document = """
            query WithDefaultValues(
              $a: Int! = null,
              $b: String! = null,
              $c: ComplexInput = { requiredField: null, intField: null }
            ) {
              dog { name }
            }
            """;
        Invalid(Rule, document,
            E("Expected value of type \"Int!\", found null.", (2, 14)),
            E("Expected value of type \"String!\", found null.", (3, 17)),
            E("Expected value of type \"Boolean!\", found null.", (4, 39)));
    }

    /// <summary>Variables with invalid default values.</summary>
    [Fact]
    public void Invalid_variables_with_invalid_default_values()
    {
        const string document = """
            query InvalidDefaultValues(
              $a: Int = "one",
              $b: String = 4,
              $c: ComplexInput = "NotVeryComplex"
            ) {
              dog { name }
            }
            """;
        Invalid(Rule, document,
            E("Int cannot represent non-integer value: \"one\"", (2, 13)),
            E("String cannot represent a non string value: 4", (3, 16)),
            E("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (4, 22)));
    }

    /// <summary>Variables with complex invalid default values.</summary>
    [Fact]
    public void Invalid_variables_with_complex_invalid_default_values()
    {
        const string document = """
            query WithDefaultValues(
              $a: ComplexInput = { requiredField: 123, intField: "abc" }
            ) {
              dog { name }
            }
            """;
        Invalid(Rule, document,
            E("Boolean cannot represent a non boolean value: 123", (2, 39)),
            E("Int cannot represent non-integer value: \"abc\"", (2, 54)));
    }

    /// <summary>Complex variables missing required field.</summary>
    [Fact]
    public void Invalid_complex_variables_missing_required_field()
    {
        const string document = """
            query MissingRequiredField($a: ComplexInput = {intField: 3}) {
              dog { name }
            }
            """;
        Invalid(Rule, document,
            E("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 47)));
    }

    /// <summary>List variables with invalid item.</summary>
    [Fact]
    public void Invalid_list_variables_with_invalid_item()
    {
        const string document = """
            query InvalidItem($a: [String] = ["one", 2]) {
              dog { name }
            }
            """;
        Invalid(Rule, document,
            E("String cannot represent a non string value: 2", (1, 42)));
    }
}
