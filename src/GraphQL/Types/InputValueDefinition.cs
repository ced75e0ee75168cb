using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>Base of arguments and input fields: name, input type, optional default value, deprecation.</summary>
public abstract class InputValueDefinition : IHasName
{
    /// <summary>Creates an input value.</summary>
    protected InputValueDefinition(string name, IGraphQLType type)
    {
        Name = name;
        Type = type;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The input type.</summary>
    public IGraphQLType Type { get; set; }

    /// <summary>The description.</summary>
    public string? Description { get; set; }

    /// <summary>The default value as a constant literal, or null when there is none.</summary>
    public ValueNode? DefaultValue { get; set; }

    /// <summary>Why it is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Extension data.</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    /// <summary>The CLR property or parameter this value binds to, if any (used when building runtime values).</summary>
    public object? Member { get; set; }
}

/// <summary>An argument of a field or directive.</summary>
public sealed class ArgumentDefinition : InputValueDefinition
{
    /// <summary>Creates an argument.</summary>
    public ArgumentDefinition(string name, IGraphQLType type) : base(name, type) { }
}

/// <summary>A field of an input object type.</summary>
public sealed class InputFieldDefinition : InputValueDefinition
{
    /// <summary>Creates an input field.</summary>
    public InputFieldDefinition(string name, IGraphQLType type) : base(name, type) { }
}
