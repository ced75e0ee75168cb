using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>A directive definition (spec §3.13): name, arguments, locations, repeatable.</summary>
public sealed class DirectiveDefinition : IHasName
{
    /// <summary>Creates a directive definition.</summary>
    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, bool isRepeatable = false)
    {
        Name = name;
        Locations = locations.ToArray();
        IsRepeatable = isRepeatable;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The description.</summary>
    public string? Description { get; set; }

    /// <summary>Where it may be used.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>True when it may be used more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The arguments.</summary>
    public FieldCollection<ArgumentDefinition> Arguments { get; } = new();

    /// <summary>Why the directive is deprecated, or null when it is not (graphql-js 16.15 directive deprecation).</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Adds an argument and returns this directive.</summary>
    public DirectiveDefinition AddArgument(ArgumentDefinition argument)
    {
        Arguments.Add(argument);
        return this;
    }

    /// <inheritdoc/>
    public override string ToString() => "@" + Name;
}

/// <summary>The directives every schema has: @include, @skip, @deprecated, @specifiedBy, @oneOf.</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason used by <c>@deprecated</c> without arguments.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>@include(if: Boolean!).</summary>
    public static readonly DirectiveDefinition Include = new DirectiveDefinition("include",
            new[] { DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT })
    { Description = "Directs the executor to include this field or fragment only when the `if` argument is true." }
        .AddArgument(new ArgumentDefinition("if", new NonNullType(Scalars.Boolean)) { Description = "Included when true." });

    /// <summary>@skip(if: Boolean!).</summary>
    public static readonly DirectiveDefinition Skip = new DirectiveDefinition("skip",
            new[] { DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT })
    { Description = "Directs the executor to skip this field or fragment when the `if` argument is true." }
        .AddArgument(new ArgumentDefinition("if", new NonNullType(Scalars.Boolean)) { Description = "Skipped when true." });

    /// <summary>@deprecated(reason: String = "No longer supported").</summary>
    public static readonly DirectiveDefinition Deprecated = new DirectiveDefinition("deprecated",
            new[] { DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION, DirectiveLocation.ENUM_VALUE, DirectiveLocation.DIRECTIVE_DEFINITION })
    { Description = "Marks an element of a GraphQL schema as no longer supported." }
        .AddArgument(new ArgumentDefinition("reason", Scalars.String)
        {
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultValue = new StringValueNode(DefaultDeprecationReason),
        });

    /// <summary>@specifiedBy(url: String!).</summary>
    public static readonly DirectiveDefinition SpecifiedBy = new DirectiveDefinition("specifiedBy", new[] { DirectiveLocation.SCALAR })
    { Description = "Exposes a URL that specifies the behavior of this scalar." }
        .AddArgument(new ArgumentDefinition("url", new NonNullType(Scalars.String)) { Description = "The URL that specifies the behavior of this scalar." });

    /// <summary>@oneOf on input objects.</summary>
    public static readonly DirectiveDefinition OneOf = new("oneOf", new[] { DirectiveLocation.INPUT_OBJECT })
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    /// <summary>All built-in directives, in graphql-js order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = new[] { Include, Skip, Deprecated, SpecifiedBy, OneOf };

    /// <summary>True for a built-in directive.</summary>
    public static bool IsBuiltIn(DirectiveDefinition directive) => All.Contains(directive);
}
