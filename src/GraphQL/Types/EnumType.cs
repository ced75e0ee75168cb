using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>One value of an enum type.</summary>
public sealed class EnumValueDefinition : IHasName
{
    /// <summary>Creates an enum value; the runtime value defaults to the name.</summary>
    public EnumValueDefinition(string name, object? value = null)
    {
        Name = name;
        Value = value ?? name;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The runtime value (e.g. the C# enum member).</summary>
    public object Value { get; }

    /// <summary>The description.</summary>
    public string? Description { get; set; }

    /// <summary>Why the value is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Extension data.</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();
}

/// <summary>An enum type (spec §3.9). Values serialise by name; runtime values may be C# enum members.</summary>
public sealed class EnumType : NamedType, ILeafType
{
    private readonly Dictionary<object, EnumValueDefinition> _byValue = new();

    /// <summary>Creates an enum type.</summary>
    public EnumType(string name, IEnumerable<EnumValueDefinition>? values = null) : base(name)
    {
        if (values is not null) foreach (var v in values) AddValue(v);
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.ENUM;

    /// <summary>The values, in order.</summary>
    public FieldCollection<EnumValueDefinition> Values { get; } = new();

    /// <summary>Adds a value.</summary>
    public EnumType AddValue(EnumValueDefinition value)
    {
        Values.Add(value);
        _byValue.TryAdd(value.Value, value);
        return this;
    }

    /// <summary>Result coercion: a runtime value (or its name) to the value's name.</summary>
    public string Serialize(object value)
    {
        if (_byValue.TryGetValue(value, out var def)) return def.Name;
        if (value is string s && Values.TryGet(s, out var byName)) return byName.Name;
        throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {ValueLiterals.Inspect(value is Enum ? value.ToString() : value)}");
    }

    /// <summary>Input coercion from a variable: the name as a string.</summary>
    public object ParseValue(object value)
    {
        if (value is not string s)
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {ValueLiterals.Inspect(value)}.{DidYouMean(ValueLiterals.Inspect(value))}");
        if (!Values.TryGet(s, out var def))
            throw new GraphQLException($"Value \"{s}\" does not exist in \"{Name}\" enum.{DidYouMean(s)}");
        return def.Value;
    }

    /// <summary>Input coercion from a literal: an enum literal naming a value.</summary>
    public object ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValueNode e)
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(literal)}.{DidYouMean(Printer.Print(literal))}");
        if (!Values.TryGet(e.Value, out var def))
            throw new GraphQLException($"Value \"{e.Value}\" does not exist in \"{Name}\" enum.{DidYouMean(e.Value)}");
        return def.Value;
    }

    private string DidYouMean(string? input)
    {
        if (input is null) return "";
        var suggestions = Suggestions.List(input, Values.Select(v => v.Name));
        return Suggestions.DidYouMean(suggestions, "the enum value");
    }
}
