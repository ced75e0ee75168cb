using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Execution;

/// <summary>Everything a resolver may know about the field it resolves.</summary>
public interface IResolverContext
{
    /// <summary>The schema.</summary>
    Schema Schema { get; }

    /// <summary>The object type the field belongs to.</summary>
    ObjectType ParentType { get; }

    /// <summary>The field being resolved.</summary>
    FieldDefinition Field { get; }

    /// <summary>The first field node selecting the field.</summary>
    FieldNode Selection { get; }

    /// <summary>All field nodes merged for this response key.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The response key (alias or name).</summary>
    string ResponseName { get; }

    /// <summary>The parent object's runtime value.</summary>
    object? Parent { get; }

    /// <summary>The parent value as <typeparamref name="T"/>.</summary>
    T GetParent<T>();

    /// <summary>The path of this field in the response.</summary>
    ResultPath Path { get; }

    /// <summary>The coerced argument values (absent arguments without default are missing).</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>An argument's coerced value converted to <typeparamref name="T"/>, or default when absent.</summary>
    T? ArgumentValue<T>(string name);

    /// <summary>True when the argument was given (or has a default).</summary>
    bool HasArgument(string name);

    /// <summary>The request's services.</summary>
    IServiceProvider Services { get; }

    /// <summary>A required service from the request's services.</summary>
    T Service<T>() where T : notnull;

    /// <summary>Per-request data shared by all resolvers (e.g. the signed-in user, DataLoaders).</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>Cancelled when the request is aborted or times out.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>The coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The fields that will be selected on the result for the given object type (lookahead), with fragments and @skip/@include applied.</summary>
    IReadOnlyList<FieldNode> GetSelections(ObjectType typeContext);

    /// <summary>True when a sub-field with this name is selected on the result (any possible type).</summary>
    bool IsSelected(string fieldName);

    /// <summary>Adds an error at this field's path without failing the field.</summary>
    void ReportError(GraphQLError error);

    /// <summary>Adds an error with this message (and optional code) at this field's path.</summary>
    void ReportError(string message, string? code = null);
}

/// <summary>The context a field middleware sees: the resolver context plus the result being produced.</summary>
public interface IMiddlewareContext : IResolverContext
{
    /// <summary>The field's result so far; set by the resolver, may be replaced by middleware.</summary>
    object? Result { get; set; }

    /// <summary>Replaces an argument's value for the rest of the pipeline (e.g. to apply defaults).</summary>
    void SetArgument(string name, object? value);
}
