using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// A place where a variable is used, with the input type expected there and the default value of the argument or
/// input field it fills (graphql-js <c>VariableUsage</c>).
/// </summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The expected input type at that position, or null when unknown.</param>
/// <param name="DefaultValue">The default value of the enclosing argument or input field, or null when none.</param>
/// <param name="ParentType">The input type enclosing the position (e.g. the input object of the field), or null.</param>
public readonly record struct VariableUsage(VariableNode Node, IGraphQLType? Type, ValueNode? DefaultValue, IGraphQLType? ParentType);
