using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="ScalarLeafsRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class ScalarLeafsRuleTests
{
    private static readonly IValidationRule Rule = ScalarLeafsRule.Instance;

    /// <summary>Valid scalar selection.</summary>
    [Fact]
    public void Valid_valid_scalar_selection()
    {
        const string document = """
            fragment scalarSelection on Dog {
              barks
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Object type missing selection.</summary>
    [Fact]
    public void Invalid_object_type_missing_selection()
    {
        const string document = """
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """;
        Invalid(Rule, document,
            E("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)));
    }

    /// <summary>Interface type missing selection.</summary>
    [Fact]
    public void Invalid_interface_type_missing_selection()
    {
        const string document = """
            {
              human { pets }
            }
            """;
        Invalid(Rule, document,
            E("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (2, 11)));
    }

    /// <summary>Valid scalar selection with args.</summary>
    [Fact]
    public void Valid_valid_scalar_selection_with_args()
    {
        const string document = """
            fragment scalarSelectionWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Scalar selection not allowed on Boolean.</summary>
    [Fact]
    public void Invalid_scalar_selection_not_allowed_on_boolean()
    {
        const string document = """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
            }
            """;
        Invalid(Rule, document,
            E("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9)));
    }

    /// <summary>Scalar selection not allowed on Enum.</summary>
    [Fact]
    public void Invalid_scalar_selection_not_allowed_on_enum()
    {
        const string document = """
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor { inHexDec }
            }
            """;
        Invalid(Rule, document,
            E("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (2, 12)));
    }

    /// <summary>Scalar selection not allowed with args.</summary>
    [Fact]
    public void Invalid_scalar_selection_not_allowed_with_args()
    {
        const string document = """
            fragment scalarSelectionsNotAllowedWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT) { sinceWhen }
            }
            """;
        Invalid(Rule, document,
            E("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 36)));
    }

    /// <summary>Scalar selection not allowed with directives and args.</summary>
    [Fact]
    public void Invalid_scalar_selection_not_allowed_with_directives_and_args()
    {
        const string document = """
            fragment scalarSelectionWithDirectivesAndArgs on Dog {
              doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
            }
            """;
        Invalid(Rule, document,
            E("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 55)));
    }

    /// <summary>List of objects without selection.</summary>
    [Fact]
    public void Invalid_list_of_objects_without_selection()
    {
        const string document = """
            {
              human { relatives }
            }
            """;
        Invalid(Rule, document,
            E("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (2, 11)));
    }
}
