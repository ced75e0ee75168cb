using ReportGraph.GraphQL.Validation;
using static ReportGraph.GraphQL.Tests.Validation.ValidationAssert;

namespace ReportGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Valid and invalid cases for <see cref="SingleFieldSubscriptionsRule"/> (adapted from graphql-js's tests; expected errors as graphql-js 16 reports them).</summary>
public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly IValidationRule Rule = SingleFieldSubscriptionsRule.Instance;

    /// <summary>Valid subscription.</summary>
    [Fact]
    public void Valid_valid_subscription()
    {
        const string document = """
            subscription ImportantEmails {
              importantEmails
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Valid subscription with fragment.</summary>
    [Fact]
    public void Valid_valid_subscription_with_fragment()
    {
        const string document = """
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              importantEmails
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Valid subscription with fragment and field.</summary>
    [Fact]
    public void Valid_valid_subscription_with_fragment_and_field()
    {
        const string document = """
            subscription sub {
              importantEmails
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              importantEmails
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Fails with more than one root field.</summary>
    [Fact]
    public void Invalid_fails_with_more_than_one_root_field()
    {
        const string document = """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
            }
            """;
        Invalid(Rule, document,
            E("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)));
    }

    /// <summary>Fails with more than one root field including introspection.</summary>
    [Fact]
    public void Invalid_fails_with_more_than_one_root_field_including_introspection()
    {
        const string document = """
            subscription ImportantEmails {
              importantEmails
              __typename
            }
            """;
        Invalid(Rule, document,
            E("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)),
            E("Subscription \"ImportantEmails\" must not select an introspection top level field.", (3, 3)));
    }

    /// <summary>Fails with many more than one root field.</summary>
    [Fact]
    public void Invalid_fails_with_many_more_than_one_root_field()
    {
        const string document = """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
              spamEmails
            }
            """;
        Invalid(Rule, document,
            E("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3), (4, 3)));
    }

    /// <summary>Fails with more than one root field via fragments.</summary>
    [Fact]
    public void Invalid_fails_with_more_than_one_root_field_via_fragments()
    {
        const string document = """
            subscription ImportantEmails {
              importantEmails
              ... {
                more: moreImportantEmails
              }
              ...NotImportantEmails
            }
            fragment NotImportantEmails on SubscriptionRoot {
              notImportantEmails
              deleted: deletedEmails
              ...SpamEmails
            }
            fragment SpamEmails on SubscriptionRoot {
              spamEmails
            }
            """;
        Invalid(Rule, document,
            E("Subscription \"ImportantEmails\" must select only one top level field.", (4, 5), (9, 3), (10, 3), (14, 3)));
    }

    /// <summary>Does not infinite loop on recursive fragments.</summary>
    [Fact]
    public void Valid_does_not_infinite_loop_on_recursive_fragments()
    {
        const string document = """
            subscription NoInfiniteLoop {
              ...A
            }
            fragment A on SubscriptionRoot {
              ...A
            }
            """;
        Valid(Rule, document);
    }

    /// <summary>Fails with introspection field in anonymous subscription.</summary>
    [Fact]
    public void Invalid_fails_with_introspection_field_in_anonymous_subscription()
    {
        const string document = """
            subscription {
              __typename
            }
            """;
        Invalid(Rule, document,
            E("Anonymous Subscription must not select an introspection top level field.", (2, 3)));
    }

    /// <summary>Skips fields excluded with skip literal.</summary>
    [Fact]
    public void Valid_skips_fields_excluded_with_skip_literal()
    {
        const string document = """
            subscription {
              importantEmails
              notImportantEmails @skip(if: true)
              spamEmails @include(if: false)
            }
            """;
        Valid(Rule, document);
    }
}
