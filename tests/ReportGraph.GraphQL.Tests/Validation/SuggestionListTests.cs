using ReportGraph.GraphQL.Validation;

namespace ReportGraph.GraphQL.Tests.Validation;

/// <summary>"Did you mean" hints: the same candidates and order as graphql-js's suggestionList and didYouMean.</summary>
public sealed class SuggestionListTests
{
    [Fact]
    public void Returns_results_when_input_is_empty() => Assert.Equal(new[] { "a" }, SuggestionList.Find("", new[] { "a" }));

    [Fact]
    public void Returns_empty_when_there_are_no_options() => Assert.Empty(SuggestionList.Find("input", Array.Empty<string>()));

    [Fact]
    public void Returns_options_with_small_lexical_distance()
    {
        Assert.Equal(new[] { "greenish", "green" }, SuggestionList.Find("greenish", new[] { "green", "greenish" }));
        Assert.Equal(new[] { "greenish" }, SuggestionList.Find("green", new[] { "greenish" }));
    }

    [Fact]
    public void Rejects_options_with_distance_over_threshold()
    {
        Assert.Empty(SuggestionList.Find("aaaa", new[] { "bbbb" }));
        Assert.Equal(new[] { "aaab" }, SuggestionList.Find("aaaa", new[] { "aaab" }));
    }

    [Fact]
    public void A_case_change_counts_as_one_edit() => Assert.Equal(new[] { "ABCD" }, SuggestionList.Find("abcd", new[] { "ABCD", "DCBA" }));

    [Fact]
    public void A_swap_of_adjacent_letters_counts_as_one_edit() =>
        Assert.Equal(new[] { "abdc" }, SuggestionList.Find("abcd", new[] { "abdc", "xyzw" }));

    [Fact]
    public void Orders_by_distance_then_naturally()
    {
        // Expected lists are graphql-js 16's suggestionList answers for the same input.
        Assert.Equal(new[] { "abc", "ab", "a" }, SuggestionList.Find("abc", new[] { "a", "ab", "abc" }));
        Assert.Equal(new[] { "item1", "item2", "item10" }, SuggestionList.Find("item", new[] { "item10", "item2", "item1" }));
    }

    [Fact]
    public void Formats_one_two_and_many_suggestions_like_graphql_js()
    {
        Assert.Equal("", DidYouMean.Format(Array.Empty<string>()));
        Assert.Equal(" Did you mean \"A\"?", DidYouMean.Format(new[] { "A" }));
        Assert.Equal(" Did you mean \"A\" or \"B\"?", DidYouMean.Format(new[] { "A", "B" }));
        Assert.Equal(" Did you mean \"A\", \"B\", or \"C\"?", DidYouMean.Format(new[] { "A", "B", "C" }));
        Assert.Equal(" Did you mean \"A\", \"B\", \"C\", \"D\", or \"E\"?", DidYouMean.Format(new[] { "A", "B", "C", "D", "E", "F" }));
        Assert.Equal(" Did you mean to use an inline fragment on \"Dog\"?", DidYouMean.Format("to use an inline fragment on", new[] { "Dog" }));
    }
}
