namespace ReportGraph.GraphQL.Data;

/// <summary>Leaves a property out of the generated filter input (<c>XFilterInput</c>); it stays in the output type.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FilterIgnoreAttribute : Attribute { }

/// <summary>Leaves a property out of the generated sort input (<c>XSortInput</c>); it stays in the output type.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SortIgnoreAttribute : Attribute { }
