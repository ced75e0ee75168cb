namespace ReportGraph.GraphQL.Validation;

/// <summary>The validation rules of the spec (§5), in graphql-js's <c>specifiedRules</c> order.</summary>
public static class SpecifiedRules
{
    /// <summary>
    /// Every rule of the spec, plus <see cref="MaxIntrospectionDepthRule"/> which graphql-js 16 also runs by default
    /// (so that our verdicts match the reference implementation).
    /// </summary>
    public static IReadOnlyList<IValidationRule> All { get; } = new IValidationRule[]
    {
        ExecutableDefinitionsRule.Instance,
        UniqueOperationNamesRule.Instance,
        LoneAnonymousOperationRule.Instance,
        SingleFieldSubscriptionsRule.Instance,
        KnownTypeNamesRule.Instance,
        FragmentsOnCompositeTypesRule.Instance,
        VariablesAreInputTypesRule.Instance,
        ScalarLeafsRule.Instance,
        FieldsOnCorrectTypeRule.Instance,
        UniqueFragmentNamesRule.Instance,
        KnownFragmentNamesRule.Instance,
        NoUnusedFragmentsRule.Instance,
        PossibleFragmentSpreadsRule.Instance,
        NoFragmentCyclesRule.Instance,
        UniqueVariableNamesRule.Instance,
        NoUndefinedVariablesRule.Instance,
        NoUnusedVariablesRule.Instance,
        KnownDirectivesRule.Instance,
        UniqueDirectivesPerLocationRule.Instance,
        // graphql-js 17's incremental-delivery rules; they check nothing unless the schema declares @defer/@stream.
        DeferStreamDirectiveOnRootFieldRule.Instance,
        DeferStreamDirectiveOnValidOperationsRule.Instance,
        DeferStreamDirectiveLabelRule.Instance,
        StreamDirectiveOnListFieldRule.Instance,
        KnownArgumentNamesRule.Instance,
        UniqueArgumentNamesRule.Instance,
        ValuesOfCorrectTypeRule.Instance,
        ProvidedRequiredArgumentsRule.Instance,
        VariablesInAllowedPositionRule.Instance,
        OverlappingFieldsCanBeMergedRule.Instance,
        UniqueInputFieldNamesRule.Instance,
        MaxIntrospectionDepthRule.Instance,
    };
}
