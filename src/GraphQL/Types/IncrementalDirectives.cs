using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>
/// @defer and @stream (the incremental-delivery RFC as graphql-js 17 implements it). Not built in: a schema declares
/// them only when incremental delivery is enabled, so that introspection shows them only when they work.
/// </summary>
public static class IncrementalDirectives
{
    /// <summary>@defer(if: Boolean! = true, label: String) on fragment spreads and inline fragments.</summary>
    public static readonly DirectiveDefinition Defer = new DirectiveDefinition("defer",
            new[] { DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT })
    { Description = "Directs the executor to defer this fragment when the `if` argument is true or undefined." }
        .AddArgument(new ArgumentDefinition("if", new NonNullType(Scalars.Boolean)) { Description = "Deferred when true or undefined.", DefaultValue = new BooleanValueNode(true) })
        .AddArgument(new ArgumentDefinition("label", Scalars.String) { Description = "Unique name" });

    /// <summary>@stream(if: Boolean! = true, label: String, initialCount: Int! = 0) on list fields.</summary>
    public static readonly DirectiveDefinition Stream = new DirectiveDefinition("stream", new[] { DirectiveLocation.FIELD })
    { Description = "Directs the executor to stream plural fields when the `if` argument is true or undefined." }
        .AddArgument(new ArgumentDefinition("if", new NonNullType(Scalars.Boolean)) { Description = "Stream when true or undefined.", DefaultValue = new BooleanValueNode(true) })
        .AddArgument(new ArgumentDefinition("label", Scalars.String) { Description = "Unique name" })
        .AddArgument(new ArgumentDefinition("initialCount", new NonNullType(Scalars.Int)) { Description = "Number of items to return immediately", DefaultValue = new IntValueNode("0") });

    /// <summary>Both, in graphql-js order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = new[] { Defer, Stream };

    /// <summary>True when the schema declares @defer or @stream (incremental delivery is enabled for it).</summary>
    public static bool IsEnabled(Schema schema) => schema.GetDirective("defer") is not null || schema.GetDirective("stream") is not null;
}
