using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="OverlappingFieldsCanBeMergedRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly IValidationRule Rule = OverlappingFieldsCanBeMergedRule.Instance;

    /// <summary>Unique fields.</summary>
    [Fact]
    public void Valid_unique_fields()
    {
        const string document = """
            fragment uniqueFields on Dog {
              name
              nickname
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Identical fields.</summary>
    [Fact]
    public void Valid_identical_fields()
    {
        const string document = """
            fragment mergeIdenticalFields on Dog {
              name
              name
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Identical fields with identical args.</summary>
    [Fact]
    public void Valid_identical_fields_with_identical_args()
    {
        const string document = """
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Identical fields with identical directives.</summary>
    [Fact]
    public void Valid_identical_fields_with_identical_directives()
    {
        const string document = """
            fragment mergeSameFieldsWithSameDirectives on Dog {
              name @include(if: true)
              name @include(if: true)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Different args with different aliases.</summary>
    [Fact]
    public void Valid_different_args_with_different_aliases()
    {
        const string document = """
            fragment differentArgsWithDifferentAliases on Dog {
              knowsSit: doesKnowCommand(dogCommand: SIT)
              knowsDown: doesKnowCommand(dogCommand: DOWN)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Different directives with different aliases.</summary>
    [Fact]
    public void Valid_different_directives_with_different_aliases()
    {
        const string document = """
            fragment differentDirectivesWithDifferentAliases on Dog {
              nameIfTrue: name @include(if: true)
              nameIfFalse: name @include(if: false)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Different skip/include directives accepted.</summary>
    [Fact]
    public void Valid_different_skip_include_directives_accepted()
    {
        const string document = """
            fragment differentDirectivesWithDifferentAliases on Dog {
              name @include(if: true)
              name @include(if: false)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Same aliases with different field targets.</summary>
    [Fact]
    public void Invalid_same_aliases_with_different_field_targets()
    {
        const string document = """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """;
        Invalid(Rule, document,
            E("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    /// <summary>Same aliases allowed on non-overlapping fields.</summary>
    [Fact]
    public void Valid_same_aliases_allowed_on_non_overlapping_fields()
    {
        const string document = """
            fragment sameAliasesWithDifferentFieldTargets on Pet {
              ... on Dog {
                name
              }
              ... on Cat {
                name: nickname
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Alias masking direct field access.</summary>
    [Fact]
    public void Invalid_alias_masking_direct_field_access()
    {
        const string document = """
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """;
        Invalid(Rule, document,
            E("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    /// <summary>Different args, second adds an argument.</summary>
    [Fact]
    public void Invalid_different_args_second_adds_an_argument()
    {
        const string document = """
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """;
        Invalid(Rule, document,
            E("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    /// <summary>Different args, second missing an argument.</summary>
    [Fact]
    public void Invalid_different_args_second_missing_an_argument()
    {
        const string document = """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """;
        Invalid(Rule, document,
            E("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    /// <summary>Conflicting arg values.</summary>
    [Fact]
    public void Invalid_conflicting_arg_values()
    {
        const string document = """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """;
        Invalid(Rule, document,
            E("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    /// <summary>Conflicting arg names.</summary>
    [Fact]
    public void Invalid_conflicting_arg_names()
    {
        const string document = """
            fragment conflictingArgs on Dog {
              isAtLocation(x: 0)
              isAtLocation(y: 0)
            }
            """;
        Invalid(Rule, document,
            E("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    /// <summary>Allows different args where no conflict is possible.</summary>
    [Fact]
    public void Valid_allows_different_args_where_no_conflict_is_possible()
    {
        const string document = """
            fragment conflictingArgs on Pet {
              ... on Dog {
                name(surname: true)
              }
              ... on Cat {
                name
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Encounters conflict in fragments.</summary>
    [Fact]
    public void Invalid_encounters_conflict_in_fragments()
    {
        const string document = """
            {
              ...A
              ...B
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """;
        Invalid(Rule, document,
            E("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 3), (9, 3)));
    }

    /// <summary>Reports each conflict once.</summary>
    [Fact]
    public void Invalid_reports_each_conflict_once()
    {
        const string document = """
            {
              f1 {
                ...A
                ...B
              }
              f2 {
                ...B
                ...A
              }
              f3 {
                ...A
                ...B
                x: c
              }
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """;
        Invalid(Rule, document,
            E("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (17, 3), (20, 3)),
            E("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (17, 3)),
            E("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (20, 3)));
    }

    /// <summary>Deep conflict.</summary>
    [Fact]
    public void Invalid_deep_conflict()
    {
        const string document = """
            {
              field {
                x: a
              },
              field {
                x: b
              }
            }
            """;
        Invalid(Rule, document,
            E("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (5, 3), (6, 5)));
    }

    /// <summary>Deep conflict with multiple issues.</summary>
    [Fact]
    public void Invalid_deep_conflict_with_multiple_issues()
    {
        const string document = """
            {
              field {
                x: a
                y: c
              },
              field {
                x: b
                y: d
              }
            }
            """;
        Invalid(Rule, document,
            E("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)));
    }

    /// <summary>Very deep conflict.</summary>
    [Fact]
    public void Invalid_very_deep_conflict()
    {
        const string document = """
            {
              field {
                deepField {
                  x: a
                }
              },
              field {
                deepField {
                  x: b
                }
              }
            }
            """;
        Invalid(Rule, document,
            E("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)));
    }

    /// <summary>Reports deep conflict to nearest common ancestor.</summary>
    [Fact]
    public void Invalid_reports_deep_conflict_to_nearest_common_ancestor()
    {
        const string document = """
            {
              field {
                deepField {
                  x: a
                }
                deepField {
                  x: b
                }
              },
              field {
                deepField {
                  y
                }
              }
            }
            """;
        Invalid(Rule, document,
            E("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 7), (6, 5), (7, 7)));
    }

    /// <summary>Reports deep conflict to nearest common ancestor in fragments.</summary>
    [Fact]
    public void Invalid_reports_deep_conflict_to_nearest_common_ancestor_in_fragments()
    {
        const string document = """
            {
              field {
                ...F
              }
              field {
                ...F
              }
            }
            fragment F on T {
              deepField {
                deeperField {
                  x: a
                }
                deeperField {
                  x: b
                }
              },
              deepField {
                deeperField {
                  y
                }
              }
            }
            """;
        Invalid(Rule, document,
            E("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 5), (12, 7), (14, 5), (15, 7)));
    }

    /// <summary>Reports deep conflict in nested fragments.</summary>
    [Fact]
    public void Invalid_reports_deep_conflict_in_nested_fragments()
    {
        const string document = """
            {
              field {
                ...F
              }
              field {
                ...I
              }
            }
            fragment F on T {
              x: a
              ...G
            }
            fragment G on T {
              y: c
            }
            fragment I on T {
              y: d
              ...J
            }
            fragment J on T {
              x: b
            }
            """;
        Invalid(Rule, document,
            E("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (10, 3), (14, 3), (5, 3), (21, 3), (17, 3)));
    }

    /// <summary>Ignores unknown fragments.</summary>
    [Fact]
    public void Valid_ignores_unknown_fragments()
    {
        const string document = """
            {
              field
              ...Unknown
              ...Known
            }

            fragment Known on T {
              field
              ...OtherUnknown
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Conflicting return types which potentially overlap.</summary>
    [Fact]
    public void Invalid_conflicting_return_types_which_potentially_overlap()
    {
        const string document = """
            {
              catOrDog {
                ... on Dog {
                  scalar: barkVolume
                }
                ... on Cat {
                  scalar: name
                }
              }
            }
            """;
        Invalid(Rule, document,
            E("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));
    }

    /// <summary>Disallows differing return type nullability despite no overlap.</summary>
    [Fact]
    public void Invalid_disallows_differing_return_type_nullability_despite_no_overlap()
    {
        const string document = """
            {
              dogOrHuman {
                ... on Human {
                  relatives { name }
                }
                ... on Dog {
                  relatives: mother { name }
                }
              }
            }
            """;
        Invalid(Rule, document,
            E("Fields \"relatives\" conflict because they return conflicting types \"[Human]!\" and \"Dog\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));
    }

    /// <summary>Disallows differing subfields.</summary>
    [Fact]
    public void Invalid_disallows_differing_subfields()
    {
        const string document = """
            {
              dog {
                ... on Dog {
                  mother { name }
                }
              }
              dog {
                mother { name: nickname }
              }
            }
            """;
        Invalid(Rule, document,
            E("Fields \"dog\" conflict because subfields \"mother\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (4, 7), (4, 16), (7, 3), (8, 5), (8, 14)));
    }

    /// <summary>Compares deep types including list.</summary>
    [Fact]
    public void Valid_compares_deep_types_including_list()
    {
        const string document = """
            {
              human {
                relatives {
                  ... on Human { name }
                }
              }
              human {
                relatives { name }
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Exclusive parents still need compatible types.</summary>
    [Fact]
    public void Invalid_exclusive_parents_still_need_compatible_types()
    {
        const string document = """
            {
              catOrDog {
                ... on Dog {
                  mother { name }
                }
                ... on Cat {
                  mother: nickname
                }
              }
            }
            """;
        Invalid(Rule, document,
            E("Fields \"mother\" conflict because they return conflicting types \"Dog\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));
    }

    /// <summary>Unknown inline fragment types are not exclusive.</summary>
    [Fact]
    public void Invalid_unknown_inline_fragment_types_are_not_exclusive()
    {
        const string document = """
            {
              catOrDog {
                ...on UnknownType {
                  scalar: barks
                }
                ...on Dog {
                  scalar: name
                }
              }
            }
            """;
        Invalid(Rule, document,
            E("Fields \"scalar\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));
    }

    /// <summary>Does not infinite loop on recursive fragment.</summary>
    [Fact]
    public void Valid_does_not_infinite_loop_on_recursive_fragment()
    {
        const string document = """
            {
              ...fragA
            }

            fragment fragA on Human { name, relatives { name, ...fragA } }
            """;
        Valid(Rule, document);
    }

    /// <summary>Does not infinite loop on immediately recursive fragment.</summary>
    [Fact]
    public void Valid_does_not_infinite_loop_on_immediately_recursive_fragment()
    {
        const string document = """
            {
              ...fragA
            }

            fragment fragA on Human { name, ...fragA }
            """;
        Valid(Rule, document);
    }

    /// <summary>Finds invalid case even with immediately recursive fragment.</summary>
    [Fact]
    public void Invalid_finds_invalid_case_even_with_immediately_recursive_fragment()
    {
        const string document = """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              ...sameAliasesWithDifferentFieldTargets
              fido: name
              fido: nickname
            }
            """;
        Invalid(Rule, document,
            E("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 3), (4, 3)));
    }

    /// <summary>Does not infinite loop on transitively recursive fragment with conflict.</summary>
    [Fact]
    public void Invalid_does_not_infinite_loop_on_transitively_recursive_fragment_with_conflict()
    {
        const string document = """
            {
              ...fragA
            }
            fragment fragA on Human { name, ...fragB }
            fragment fragB on Human { name, ...fragC }
            fragment fragC on Human { name: iq, ...fragA }
            """;
        Invalid(Rule, document,
            E("Fields \"name\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 27), (6, 27)),
            E("Fields \"name\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 27), (6, 27)),
            E("Fields \"name\" conflict because \"iq\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 27), (4, 27)),
            E("Fields \"name\" conflict because \"iq\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 27), (5, 27)));
    }

    /// <summary>Conflicting argument variables.</summary>
    [Fact]
    public void Invalid_conflicting_argument_variables()
    {
        const string document = """
            query ($v1: Boolean, $v2: Boolean) {
              dog {
                name(surname: $v1)
                name(surname: $v2)
              }
            }
            """;
        Invalid(Rule, document,
            E("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)));
    }

    /// <summary>Block string and string arguments differ.</summary>
    [Fact]
    public void Invalid_block_string_and_string_arguments_differ()
    {
        const string document = """"
            {
              complicatedArgs {
                stringArgField(stringArg: "a")
                stringArgField(stringArg: """a""")
              }
            }
            """";
        Invalid(Rule, document,
            E("Fields \"stringArgField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)));
    }

    /// <summary>Input object arguments in any field order.</summary>
    [Fact]
    public void Valid_input_object_arguments_in_any_field_order()
    {
        const string document = """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, intField: 1 })
                complexArgField(complexArg: { intField: 1, requiredField: true })
              }
            }
            """;
        Valid(Rule, document);
    }
}
