using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="FieldsOnCorrectTypeRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly IValidationRule Rule = FieldsOnCorrectTypeRule.Instance;

    /// <summary>Object field selection.</summary>
    [Fact]
    public void Valid_object_field_selection()
    {
        const string document = """
            fragment objectFieldSelection on Dog {
              __typename
              name
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Aliased object field selection.</summary>
    [Fact]
    public void Valid_aliased_object_field_selection()
    {
        const string document = """
            fragment aliasedObjectFieldSelection on Dog {
              tn : __typename
              otherName : name
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Interface field selection.</summary>
    [Fact]
    public void Valid_interface_field_selection()
    {
        const string document = """
            fragment interfaceFieldSelection on Pet {
              __typename
              name
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Lying alias selection.</summary>
    [Fact]
    public void Valid_lying_alias_selection()
    {
        const string document = """
            fragment lyingAliasSelection on Dog {
              name : nickname
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Ignores fields on unknown type.</summary>
    [Fact]
    public void Valid_ignores_fields_on_unknown_type()
    {
        const string document = """
            fragment unknownSelection on UnknownType {
              unknownField
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Reports errors when type is known again.</summary>
    [Fact]
    public void Invalid_reports_errors_when_type_is_known_again()
    {
        const string document = """
            fragment typeKnownAgain on Pet {
              unknown_pet_field {
                ... on Cat {
                  unknown_cat_field
                }
              }
            }
            """;
        Invalid(Rule, document,
            E("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (2, 3)),
            E("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (4, 7)));
    }

    /// <summary>Field not defined on fragment.</summary>
    [Fact]
    public void Invalid_field_not_defined_on_fragment()
    {
        const string document = """
            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """;
        Invalid(Rule, document,
            E("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));
    }

    /// <summary>Ignores deeply unknown field.</summary>
    [Fact]
    public void Invalid_ignores_deeply_unknown_field()
    {
        const string document = """
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """;
        Invalid(Rule, document,
            E("Cannot query field \"unknown_field\" on type \"Dog\".", (2, 3)));
    }

    /// <summary>Sub-field not defined.</summary>
    [Fact]
    public void Invalid_sub_field_not_defined()
    {
        const string document = """
            fragment subFieldNotDefined on Human {
              pets {
                unknown_field
              }
            }
            """;
        Invalid(Rule, document,
            E("Cannot query field \"unknown_field\" on type \"Pet\".", (3, 5)));
    }

    /// <summary>Field not defined on inline fragment.</summary>
    [Fact]
    public void Invalid_field_not_defined_on_inline_fragment()
    {
        const string document = """
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
              }
            }
            """;
        Invalid(Rule, document,
            E("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 5)));
    }

    /// <summary>Aliased field target not defined.</summary>
    [Fact]
    public void Invalid_aliased_field_target_not_defined()
    {
        const string document = """
            fragment aliasedFieldTargetNotDefined on Dog {
              volume : mooVolume
            }
            """;
        Invalid(Rule, document,
            E("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));
    }

    /// <summary>Aliased lying field target not defined.</summary>
    [Fact]
    public void Invalid_aliased_lying_field_target_not_defined()
    {
        const string document = """
            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume : kawVolume
            }
            """;
        Invalid(Rule, document,
            E("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));
    }

    /// <summary>Not defined on interface.</summary>
    [Fact]
    public void Invalid_not_defined_on_interface()
    {
        const string document = """
            fragment notDefinedOnInterface on Pet {
              tailLength
            }
            """;
        Invalid(Rule, document,
            E("Cannot query field \"tailLength\" on type \"Pet\".", (2, 3)));
    }

    /// <summary>Defined on implementors but not on interface.</summary>
    [Fact]
    public void Invalid_defined_on_implementors_but_not_on_interface()
    {
        const string document = """
            fragment definedOnImplementorsButNotInterface on Pet {
              nickname
            }
            """;
        Invalid(Rule, document,
            E("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)));
    }

    /// <summary>Meta field selection on union.</summary>
    [Fact]
    public void Valid_meta_field_selection_on_union()
    {
        const string document = """
            fragment directFieldSelectionOnUnion on CatOrDog {
              __typename
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Direct field selection on union.</summary>
    [Fact]
    public void Invalid_direct_field_selection_on_union()
    {
        const string document = """
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """;
        Invalid(Rule, document,
            E("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 3)));
    }

    /// <summary>Defined on implementors queried on union.</summary>
    [Fact]
    public void Invalid_defined_on_implementors_queried_on_union()
    {
        const string document = """
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
              name
            }
            """;
        Invalid(Rule, document,
            E("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (2, 3)));
    }

    /// <summary>Valid field in inline fragment.</summary>
    [Fact]
    public void Valid_valid_field_in_inline_fragment()
    {
        const string document = """
            fragment objectFieldSelection on Pet {
              ... on Dog {
                name
              }
              ... {
                name
              }
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Suggests field names on root.</summary>
    [Fact]
    public void Invalid_suggests_field_names_on_root()
    {
        const string document = """
            {
              dogg { name }
              humna { name }
            }
            """;
        Invalid(Rule, document,
            E("Cannot query field \"dogg\" on type \"QueryRoot\". Did you mean \"dog\"?", (2, 3)),
            E("Cannot query field \"humna\" on type \"QueryRoot\". Did you mean \"human\"?", (3, 3)));
    }
}
