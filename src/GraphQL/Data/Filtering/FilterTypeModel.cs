namespace ReportGraph.GraphQL.Data;

/// <summary>What a generated <c>XFilterInput</c> type stands for: the C# type and which property each field filters.</summary>
internal sealed class FilterTypeModel(Type clrType, string typeName)
{
    public Type ClrType { get; } = clrType;

    public string TypeName { get; } = typeName;

    public Dictionary<string, DataProperty> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>Models of nested object properties, by field name.</summary>
    public Dictionary<string, FilterTypeModel> Nested { get; } = new(StringComparer.Ordinal);
}
