using ReportGraph.GraphQL.Introspection;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Validation;
using Snapshooter.Xunit;

namespace ReportGraph.GraphQL.Tests.Validation;

/// <summary>
/// graphql-js as the judge: every corpus document gets the same verdict — and the same messages and locations —
/// from our validator as from graphql-js <c>validate</c> on the same schema.
/// </summary>
public sealed class DifferentialOracleTests
{
    public static TheoryData<string> CorpusDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ValidationTestSchema.CorpusFolder, "*.graphql").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void Corpus_has_at_least_150_documents_both_valid_and_invalid()
    {
        var results = GraphQLJsOracle.Result.Results;
        Assert.True(results.Count >= 150, $"only {results.Count} documents");
        Assert.Contains(results.Values, v => v.Valid == true);
        Assert.Contains(results.Values, v => v.Valid == false);
        Assert.StartsWith("16.", GraphQLJsOracle.Result.GraphqlVersion);
    }

    /// <summary>A message pattern of each rule, to check that the corpus makes graphql-js report every rule.</summary>
    private static readonly Dictionary<string, string> RuleMessages = new()
    {
        ["ExecutableDefinitionsRule"] = "is not executable",
        ["UniqueOperationNamesRule"] = "only one operation named",
        ["LoneAnonymousOperationRule"] = "anonymous operation must be",
        ["SingleFieldSubscriptionsRule"] = "Subscription .*must (select only one|not select an introspection)",
        ["KnownTypeNamesRule"] = "^Unknown type",
        ["FragmentsOnCompositeTypesRule"] = "cannot condition on non composite",
        ["VariablesAreInputTypesRule"] = "cannot be non-input type",
        ["ScalarLeafsRule"] = "must have a selection of subfields|must not have a selection",
        ["FieldsOnCorrectTypeRule"] = "^Cannot query field",
        ["UniqueFragmentNamesRule"] = "only one fragment named",
        ["KnownFragmentNamesRule"] = "^Unknown fragment",
        ["NoUnusedFragmentsRule"] = "^Fragment .* is never used",
        ["PossibleFragmentSpreadsRule"] = "cannot be spread here",
        ["NoFragmentCyclesRule"] = "within itself",
        ["UniqueVariableNamesRule"] = "only one variable named",
        ["NoUndefinedVariablesRule"] = "is not defined",
        ["NoUnusedVariablesRule"] = "^Variable .* is never used",
        ["KnownDirectivesRule"] = "^Unknown directive|may not be used on",
        ["UniqueDirectivesPerLocationRule"] = "can only be used once at this location",
        ["KnownArgumentNamesRule"] = "^Unknown argument",
        ["UniqueArgumentNamesRule"] = "only one argument named",
        ["ValuesOfCorrectTypeRule"] = "cannot represent|^Expected value of type|is not defined by type|OneOf Input Object .* must specify",
        ["ProvidedRequiredArgumentsRule"] = "is required, but it was not provided",
        ["VariablesInAllowedPositionRule"] = "used in position expecting type",
        ["OverlappingFieldsCanBeMergedRule"] = "conflict because",
        ["UniqueInputFieldNamesRule"] = "only one input field named",
        ["MaxIntrospectionDepthRule"] = "Maximum introspection depth exceeded",
    };

    [Fact]
    public void Corpus_makes_graphql_js_report_every_rule()
    {
        var messages = GraphQLJsOracle.Result.Results.Values.SelectMany(v => v.Errors).Select(e => e.Message).ToList();
        // The @defer/@stream rules are graphql-js 17's: Incremental/IncrementalOracleTests compares them with it.
        Assert.Equal(SpecifiedRules.All.Select(r => r.GetType().Name).Where(n => !n.Contains("Stream", StringComparison.Ordinal)).Order(), RuleMessages.Keys.Order());
        var missing = RuleMessages.Where(rule => !messages.Any(m => System.Text.RegularExpressions.Regex.IsMatch(m, rule.Value))).Select(r => r.Key).ToList();
        Assert.True(missing.Count == 0, "no corpus document breaks: " + string.Join(", ", missing));
    }

    /// <summary>
    /// The schema graphql-js judges against, as SDL in <c>__snapshots__/</c>: the page to read when writing a corpus
    /// document, and a reviewed diff when the test schema or the printer changes. To accept an intended change, delete
    /// the .snap file and run this test once (see tests/Shared/SnapshotStrictMode.cs).
    /// </summary>
    [Fact]
    public void The_validation_schema_prints_as_the_reviewed_sdl() => Snapshot.Match(SchemaPrinter.Print(ValidationTestSchema.Instance));

    [Theory]
    [MemberData(nameof(CorpusDocuments))]
    public void Same_verdict_and_messages_as_graphql_js(string fileName)
    {
        var expected = GraphQLJsOracle.Result.Results[fileName];
        Assert.Null(expected.Crash);
        Assert.Null(expected.SyntaxError);

        var document = Parser.Parse(File.ReadAllText(Path.Combine(ValidationTestSchema.CorpusFolder, fileName)));
        var errors = DocumentValidator.Validate(ValidationTestSchema.Instance, document);

        var ours = errors.Select(e => Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column)))).ToList();
        var theirs = expected.Errors.Select(e => Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column)))).ToList();
        Assert.True(expected.Valid == (errors.Count == 0),
            $"graphql-js says {(expected.Valid == true ? "valid" : "invalid")}; we found: {string.Join(" | ", ours)}");
        Assert.Equal(theirs, ours);
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments))]
    public void Same_messages_as_graphql_js_with_suggestions_hidden(string fileName)
    {
        var expected = GraphQLJsOracle.Result.Results[fileName];
        var document = Parser.Parse(File.ReadAllText(Path.Combine(ValidationTestSchema.CorpusFolder, fileName)));
        var errors = DocumentValidator.Validate(ValidationTestSchema.Instance, document, hideSuggestions: true);

        var ours = errors.Select(e => Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column)))).ToList();
        var theirs = expected.HiddenSuggestionErrors.Select(e => Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column)))).ToList();
        Assert.Equal(theirs, ours);
        Assert.DoesNotContain(ours, m => m.Contains("Did you mean", StringComparison.Ordinal) && !m.Contains("{ ... }", StringComparison.Ordinal));
    }

    private static string Describe(string message, IEnumerable<(int Line, int Column)> locations) =>
        message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));
}
