namespace ReportGraph.GraphQL.Types;

/// <summary>A C# type or member cannot be mapped to GraphQL; the message names the member and what is allowed.</summary>
public sealed class SchemaBuilderException(string message, Exception? inner = null) : Exception(message, inner);
