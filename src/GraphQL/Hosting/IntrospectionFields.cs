using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Hosting;

/// <summary>The introspection entry points <c>__schema</c> and <c>__type</c> (not <c>__typename</c>, which every client needs).</summary>
internal static class IntrospectionFields
{
    /// <summary>True for <c>__schema</c> and <c>__type</c>.</summary>
    public static bool IsEntryPoint(FieldNode field) => field.Name.Value is "__schema" or "__type";
}
