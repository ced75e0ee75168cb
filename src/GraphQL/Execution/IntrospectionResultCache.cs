using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// Decides which operations' results depend on the schema alone, so that they can be executed once and then served
/// from the document cache: queries without variables whose root selects only <c>__schema</c>, <c>__type</c> and
/// <c>__typename</c>. The introspection resolvers read nothing but the schema and their (literal) arguments
/// (spec §4.2), so the same document always yields the same data. Clients send the full introspection query
/// often (IDEs, code generators), and it is the most expensive document a client normally sends.
/// </summary>
internal static class IntrospectionResultCache
{
    public static bool IsCacheable(OperationDefinitionNode operation)
    {
        if (operation.Operation != OperationType.Query || operation.VariableDefinitions.Count > 0 || operation.Directives.Count > 0) return false;
        foreach (var selection in operation.SelectionSet.Selections)
        {
            // Fragments at the root and directives (@skip, @include, @defer...) are rare in introspection
            // documents; such operations simply execute each time.
            if (selection is not FieldNode field || field.Directives.Count > 0) return false;
            if (field.Name.Value is not ("__schema" or "__type" or "__typename")) return false;
        }
        return true;
    }
}
