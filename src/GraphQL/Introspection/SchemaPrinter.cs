using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Introspection;

/// <summary>Prints a schema as SDL exactly like graphql-js <c>printSchema</c> (built-in scalars, directives and introspection types left out).</summary>
public static class SchemaPrinter
{
    /// <summary>Prints the schema.</summary>
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition) parts.Add(definition);
        foreach (var directive in schema.Directives)
            if (!BuiltInDirectives.IsBuiltIn(directive)) parts.Add(PrintDirective(directive));
        foreach (var type in schema.TypeMap.Values)
        {
            if (Scalars.IsSpecifiedScalar(type) || IntrospectionTypes.All.Contains(type)) continue;
            parts.Add(PrintType(type));
        }
        return string.Join("\n\n", parts);
    }

    /// <summary>Prints one named type.</summary>
    public static string PrintType(INamedType type) => type switch
    {
        ScalarType s => Description(s.Description) + "scalar " + s.Name + (s.SpecifiedByUrl is { } url ? $" @specifiedBy(url: {BlockStrings.PrintString(url)})" : ""),
        ObjectType o => Description(o.Description) + "type " + o.Name + Implements(o.Interfaces) + Fields(o.Fields),
        InterfaceType i => Description(i.Description) + "interface " + i.Name + Implements(i.Interfaces) + Fields(i.Fields),
        UnionType u => Description(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : ""),
        EnumType e => Description(e.Description) + "enum " + e.Name + Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType io => Description(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : "") + Block(io.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unknown type {type.Name}.", nameof(type)),
    };

    /// <summary>Prints a directive definition.</summary>
    public static string PrintDirective(DirectiveDefinition directive)
        => Description(directive.Description) + "directive @" + directive.Name + Args(directive.Arguments, "") + (directive.IsRepeatable ? " repeatable" : "")
           + " on " + string.Join(" | ", directive.Locations);

    private static string? PrintSchemaDefinition(Schema schema)
    {
        bool commonNames = schema.QueryType.Name == "Query"
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && commonNames) return null;
        var lines = new List<string> { "  query: " + schema.QueryType.Name };
        if (schema.MutationType is not null) lines.Add("  mutation: " + schema.MutationType.Name);
        if (schema.SubscriptionType is not null) lines.Add("  subscription: " + schema.SubscriptionType.Name);
        return Description(schema.Description) + "schema {\n" + string.Join("\n", lines) + "\n}";
    }

    private static string Implements(IReadOnlyList<InterfaceType> interfaces)
        => interfaces.Count == 0 ? "" : " implements " + string.Join(" & ", interfaces.Select(i => i.Name));

    private static string Fields(FieldCollection<FieldDefinition> fields)
        => Block(fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name + Args(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "" : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Args(FieldCollection<ArgumentDefinition> args, string indentation)
    {
        if (args.Count == 0) return "";
        if (args.All(a => a.Description is null)) return "(" + string.Join(", ", args.Select(InputValue)) + ")";
        return "(\n" + string.Join("\n", args.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
               + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var text = value.Name + ": " + value.Type;
        if (value.DefaultValue is not null) text += " = " + Printer.Print(value.DefaultValue);
        return text + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason)
    {
        if (reason is null) return "";
        return reason == BuiltInDirectives.DefaultDeprecationReason ? " @deprecated" : $" @deprecated(reason: {BlockStrings.PrintString(reason)})";
    }

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return "";
        var printed = IsPrintableAsBlockString(description) ? BlockStrings.Print(description) : BlockStrings.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation) + "\n";
    }

    /// <summary>graphql-js <c>isPrintableAsBlockString</c>.</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0) return true;
        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (char c in value)
        {
            switch (c)
            {
                case '\r': return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false;
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t':
                case ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    if (c < 0x20) return false;
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine) return false;
        if (hasCommonIndent && seenNonEmptyLine) return false;
        return true;
    }
}
