namespace ReportGraph.GraphQL.Language;

/// <summary>Where a directive may appear (spec §3.13). The names print as the spec's UPPER_SNAKE names.</summary>
public enum DirectiveLocation
{
#pragma warning disable CS1591 // The names are the spec's.
    QUERY, MUTATION, SUBSCRIPTION, FIELD, FRAGMENT_DEFINITION, FRAGMENT_SPREAD, INLINE_FRAGMENT, VARIABLE_DEFINITION,
    SCHEMA, SCALAR, OBJECT, FIELD_DEFINITION, ARGUMENT_DEFINITION, INTERFACE, UNION, ENUM, ENUM_VALUE,
    INPUT_OBJECT, INPUT_FIELD_DEFINITION, DIRECTIVE_DEFINITION,
#pragma warning restore CS1591
}

/// <summary>Checks directive location names exactly (no numeric or case-insensitive forms).</summary>
public static class DirectiveLocationNames
{
    private static readonly HashSet<string> Names = new(Enum.GetNames<DirectiveLocation>(), StringComparer.Ordinal);

    /// <summary>True when the name is one of the spec's directive locations.</summary>
    public static bool IsValid(string name) => Names.Contains(name);

    /// <summary>True when the location is an executable location (in a query document).</summary>
    public static bool IsExecutable(DirectiveLocation location) => location <= DirectiveLocation.VARIABLE_DEFINITION;
}
