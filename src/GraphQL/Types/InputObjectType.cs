namespace ReportGraph.GraphQL.Types;

/// <summary>An input object type (spec §3.10); <see cref="IsOneOf"/> marks a <c>@oneOf</c> input (exactly one field set).</summary>
public sealed class InputObjectType : NamedType, IInputType
{
    /// <summary>Creates an input object type.</summary>
    public InputObjectType(string name) : base(name) { }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.INPUT_OBJECT;

    /// <summary>The input fields, in order.</summary>
    public FieldCollection<InputFieldDefinition> Fields { get; } = new();

    /// <summary>True for a OneOf input object: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; set; }

    /// <summary>
    /// Builds the runtime value from the coerced fields (only fields that were given or have defaults are present).
    /// When null, the coerced value is the dictionary itself.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? CreateRuntimeValue { get; set; }

    /// <summary>Adds a field and returns this type.</summary>
    public InputObjectType AddField(InputFieldDefinition field)
    {
        Fields.Add(field);
        return this;
    }
}
