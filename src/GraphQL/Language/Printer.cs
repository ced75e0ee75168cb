using System.Text;

namespace ReportGraph.GraphQL.Language;

/// <summary>Prints syntax trees as GraphQL text in graphql-js's <c>print</c> format (two-space indent, block strings for block descriptions).</summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints a node.</summary>
    public static string Print(SyntaxNode node) => node switch
    {
        NameNode n => n.Value,
        VariableNode v => "$" + v.Name.Value,
        DocumentNode d => Join(d.Definitions.Select(Print), "\n\n"),
        OperationDefinitionNode o => PrintOperation(o),
        VariableDefinitionNode v => Print(v.Variable) + ": " + Print(v.Type) + Wrap(" = ", v.DefaultValue is null ? null : Print(v.DefaultValue)) + Wrap(" ", Directives(v.Directives)),
        SelectionSetNode s => Block(s.Selections.Select(Print)),
        FieldNode f => PrintField(f),
        ArgumentNode a => a.Name.Value + ": " + Print(a.Value),
        FragmentSpreadNode fs => "..." + fs.Name.Value + Wrap(" ", Directives(fs.Directives)),
        InlineFragmentNode inf => Join(new[] { "...", Wrap("on ", inf.TypeCondition?.Name.Value), Directives(inf.Directives), Print(inf.SelectionSet) }, " "),
        FragmentDefinitionNode fd => "fragment " + fd.Name.Value + Wrap("(", Join(fd.VariableDefinitions.Select(Print), ", "), ")") + " on " + fd.TypeCondition.Name.Value + " " + Wrap("", Directives(fd.Directives), " ") + Print(fd.SelectionSet),
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => s.Block ? BlockStrings.Print(s.Value) : BlockStrings.PrintString(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode l => "[" + Join(l.Values.Select(Print), ", ") + "]",
        ObjectValueNode o => "{" + Join(o.Fields.Select(Print), ", ") + "}",
        ObjectFieldNode of => of.Name.Value + ": " + Print(of.Value),
        DirectiveNode d => "@" + d.Name.Value + Wrap("(", Join(d.Arguments.Select(Print), ", "), ")"),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode l => "[" + Print(l.Type) + "]",
        NonNullTypeNode nn => Print(nn.Type) + "!",
        SchemaDefinitionNode s => Desc(s.Description) + Join(new[] { "schema", Directives(s.Directives), Block(s.OperationTypes.Select(Print)) }, " "),
        OperationTypeDefinitionNode o => OperationName(o.Operation) + ": " + o.Type.Name.Value,
        ScalarTypeDefinitionNode s => Desc(s.Description) + Join(new[] { "scalar", s.Name.Value, Directives(s.Directives) }, " "),
        ObjectTypeDefinitionNode o => Desc(o.Description) + Join(new[] { "type", o.Name.Value, Wrap("implements ", Join(o.Interfaces.Select(Print), " & ")), Directives(o.Directives), Block(o.Fields.Select(Print)) }, " "),
        FieldDefinitionNode f => Desc(f.Description) + f.Name.Value + Args(f.Arguments) + ": " + Print(f.Type) + Wrap(" ", Directives(f.Directives)),
        InputValueDefinitionNode iv => Desc(iv.Description) + Join(new[] { iv.Name.Value + ": " + Print(iv.Type), Wrap("= ", iv.DefaultValue is null ? null : Print(iv.DefaultValue)), Directives(iv.Directives) }, " "),
        InterfaceTypeDefinitionNode i => Desc(i.Description) + Join(new[] { "interface", i.Name.Value, Wrap("implements ", Join(i.Interfaces.Select(Print), " & ")), Directives(i.Directives), Block(i.Fields.Select(Print)) }, " "),
        UnionTypeDefinitionNode u => Desc(u.Description) + Join(new[] { "union", u.Name.Value, Directives(u.Directives), Wrap("= ", Join(u.Types.Select(Print), " | ")) }, " "),
        EnumTypeDefinitionNode e => Desc(e.Description) + Join(new[] { "enum", e.Name.Value, Directives(e.Directives), Block(e.Values.Select(Print)) }, " "),
        EnumValueDefinitionNode ev => Desc(ev.Description) + Join(new[] { ev.Name.Value, Directives(ev.Directives) }, " "),
        InputObjectTypeDefinitionNode io => Desc(io.Description) + Join(new[] { "input", io.Name.Value, Directives(io.Directives), Block(io.Fields.Select(Print)) }, " "),
        DirectiveDefinitionNode dd => Desc(dd.Description) + "directive @" + dd.Name.Value + Args(dd.Arguments) + (dd.Repeatable ? " repeatable" : "") + " on " + Join(dd.Locations.Select(Print), " | "),
        SchemaExtensionNode se => Join(new[] { "extend schema", Directives(se.Directives), Block(se.OperationTypes.Select(Print)) }, " "),
        ScalarTypeExtensionNode s => Join(new[] { "extend scalar", s.Name.Value, Directives(s.Directives) }, " "),
        ObjectTypeExtensionNode o => Join(new[] { "extend type", o.Name.Value, Wrap("implements ", Join(o.Interfaces.Select(Print), " & ")), Directives(o.Directives), Block(o.Fields.Select(Print)) }, " "),
        InterfaceTypeExtensionNode i => Join(new[] { "extend interface", i.Name.Value, Wrap("implements ", Join(i.Interfaces.Select(Print), " & ")), Directives(i.Directives), Block(i.Fields.Select(Print)) }, " "),
        UnionTypeExtensionNode u => Join(new[] { "extend union", u.Name.Value, Directives(u.Directives), Wrap("= ", Join(u.Types.Select(Print), " | ")) }, " "),
        EnumTypeExtensionNode e => Join(new[] { "extend enum", e.Name.Value, Directives(e.Directives), Block(e.Values.Select(Print)) }, " "),
        InputObjectTypeExtensionNode io => Join(new[] { "extend input", io.Name.Value, Directives(io.Directives), Block(io.Fields.Select(Print)) }, " "),
        _ => throw new ArgumentException($"Cannot print node kind {node.Kind}.", nameof(node)),
    };

    /// <summary>The keyword of an operation type.</summary>
    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static string PrintOperation(OperationDefinitionNode o)
    {
        var varDefs = Wrap("(", Join(o.VariableDefinitions.Select(Print), ", "), ")");
        var prefix = Join(new[] { OperationName(o.Operation), Join(new[] { o.Name?.Value, varDefs }, ""), Directives(o.Directives) }, " ");
        return (prefix == "query" ? "" : prefix + " ") + Print(o.SelectionSet);
    }

    private static string PrintField(FieldNode f)
    {
        var prefix = Wrap("", f.Alias?.Value, ": ") + f.Name.Value;
        var args = f.Arguments.Select(Print).ToList();
        var argsLine = prefix + Wrap("(", Join(args, ", "), ")");
        if (argsLine.Length > MaxLineLength) argsLine = prefix + Wrap("(\n", Indent(Join(args, "\n")), "\n)");
        return Join(new[] { argsLine, Directives(f.Directives), f.SelectionSet is null ? null : Print(f.SelectionSet) }, " ");
    }

    private static string Args(IReadOnlyList<InputValueDefinitionNode> args)
    {
        var printed = args.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n'))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string Desc(StringValueNode? description) => description is null ? "" : Print(description) + "\n";

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string Join(IEnumerable<string?> parts, string separator)
    {
        var sb = new StringBuilder();
        bool first = true;
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part)) continue;
            if (!first) sb.Append(separator);
            sb.Append(part);
            first = false;
        }
        return sb.ToString();
    }

    private static string Block(IEnumerable<string> items)
    {
        var joined = Join(items, "\n");
        return Wrap("{\n", Indent(joined), "\n}");
    }

    private static string Wrap(string start, string? value, string end = "")
        => string.IsNullOrEmpty(value) ? "" : start + value + end;

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  "));
}
