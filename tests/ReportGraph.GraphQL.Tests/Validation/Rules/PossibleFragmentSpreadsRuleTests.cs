using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="PossibleFragmentSpreadsRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly IValidationRule Rule = PossibleFragmentSpreadsRule.Instance;

    /// <summary>Of the same object.</summary>
    [Fact]
    public void Valid_of_the_same_object()
    {
        const string document = """
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """;
        Valid(Rule, document);
    }

    /// <summary>Of the same object with inline fragment.</summary>
    [Fact]
    public void Valid_of_the_same_object_with_inline_fragment()
    {
        const string document = """
            fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
            """;
        Valid(Rule, document);
    }

    /// <summary>Object into an implemented interface.</summary>
    [Fact]
    public void Valid_object_into_an_implemented_interface()
    {
        const string document = """
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """;
        Valid(Rule, document);
    }

    /// <summary>Object into containing union.</summary>
    [Fact]
    public void Valid_object_into_containing_union()
    {
        const string document = """
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """;
        Valid(Rule, document);
    }

    /// <summary>Union into contained object.</summary>
    [Fact]
    public void Valid_union_into_contained_object()
    {
        const string document = """
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """;
        Valid(Rule, document);
    }

    /// <summary>Union into overlapping interface.</summary>
    [Fact]
    public void Valid_union_into_overlapping_interface()
    {
        const string document = """
            fragment unionWithinInterface on Pet { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """;
        Valid(Rule, document);
    }

    /// <summary>Interface into implemented object.</summary>
    [Fact]
    public void Valid_interface_into_implemented_object()
    {
        const string document = """
            fragment interfaceWithinObject on Dog { ...petFragment }
            fragment petFragment on Pet { name }
            """;
        Valid(Rule, document);
    }

    /// <summary>Interface into overlapping interface.</summary>
    [Fact]
    public void Valid_interface_into_overlapping_interface()
    {
        const string document = """
            fragment interfaceWithinInterface on Pet { ...beingFragment }
            fragment beingFragment on Being { name }
            """;
        Valid(Rule, document);
    }

    /// <summary>Ignores incorrect type (caught by FragmentsOnCompositeTypesRule).</summary>
    [Fact]
    public void Valid_ignores_incorrect_type_caught_by_fragmentsoncompositetypesrule()
    {
        const string document = """
            fragment petFragment on Pet { ...badInADifferentWay }
            fragment badInADifferentWay on String { name }
            """;
        Valid(Rule, document);
    }

    /// <summary>Ignores unknown fragments (caught by KnownFragmentNamesRule).</summary>
    [Fact]
    public void Valid_ignores_unknown_fragments_caught_by_knownfragmentnamesrule()
    {
        const string document = """
            fragment petFragment on Pet { ...UnknownFragment }
            """;
        Valid(Rule, document);
    }

    /// <summary>Different object into object.</summary>
    [Fact]
    public void Invalid_different_object_into_object()
    {
        const string document = """
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """;
        Invalid(Rule, document,
            E("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)));
    }

    /// <summary>Different object into object in inline fragment.</summary>
    [Fact]
    public void Invalid_different_object_into_object_in_inline_fragment()
    {
        const string document = """
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            """;
        Invalid(Rule, document,
            E("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 3)));
    }

    /// <summary>Object into not implementing interface.</summary>
    [Fact]
    public void Invalid_object_into_not_implementing_interface()
    {
        const string document = """
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """;
        Invalid(Rule, document,
            E("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)));
    }

    /// <summary>Object into not containing union.</summary>
    [Fact]
    public void Invalid_object_into_not_containing_union()
    {
        const string document = """
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """;
        Invalid(Rule, document,
            E("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (1, 49)));
    }

    /// <summary>Union into not contained object.</summary>
    [Fact]
    public void Invalid_union_into_not_contained_object()
    {
        const string document = """
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """;
        Invalid(Rule, document,
            E("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (1, 46)));
    }

    /// <summary>Union into non overlapping interface.</summary>
    [Fact]
    public void Invalid_union_into_non_overlapping_interface()
    {
        const string document = """
            fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """;
        Invalid(Rule, document,
            E("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (1, 47)));
    }

    /// <summary>Union into non overlapping union.</summary>
    [Fact]
    public void Invalid_union_into_non_overlapping_union()
    {
        const string document = """
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """;
        Invalid(Rule, document,
            E("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (1, 48)));
    }

    /// <summary>Interface into non implementing object.</summary>
    [Fact]
    public void Invalid_interface_into_non_implementing_object()
    {
        const string document = """
            fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
            fragment intelligentFragment on Intelligent { iq }
            """;
        Invalid(Rule, document,
            E("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", (1, 48)));
    }

    /// <summary>Interface into non overlapping interface.</summary>
    [Fact]
    public void Invalid_interface_into_non_overlapping_interface()
    {
        const string document = """
            fragment invalidInterfaceWithinInterface on Pet {
              ...intelligentFragment
            }
            fragment intelligentFragment on Intelligent { iq }
            """;
        Invalid(Rule, document,
            E("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (2, 3)));
    }

    /// <summary>Interface into non overlapping interface in inline fragment.</summary>
    [Fact]
    public void Invalid_interface_into_non_overlapping_interface_in_inline_fragment()
    {
        const string document = """
            fragment invalidInterfaceWithinInterfaceAnon on Pet {
              ...on Intelligent { iq }
            }
            """;
        Invalid(Rule, document,
            E("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (2, 3)));
    }

    /// <summary>Interface into non overlapping union.</summary>
    [Fact]
    public void Invalid_interface_into_non_overlapping_union()
    {
        const string document = """
            fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
            fragment petFragment on Pet { name }
            """;
        Invalid(Rule, document,
            E("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (1, 56)));
    }
}
