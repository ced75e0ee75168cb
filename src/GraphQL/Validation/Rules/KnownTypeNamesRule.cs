using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.7.3 / §5.5.1.2: every type named in variable definitions and type conditions exists in the schema.</summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly KnownTypeNamesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private static readonly string[] StandardTypeNames =
    {
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    };

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private HashSet<string>? _definedInDocument;

        public override void EnterNamedType(NamedTypeNode node)
        {
            var name = node.Name.Value;
            if (Context.Schema.GetType(name) is not null) return;
            _definedInDocument ??= Context.Document.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet(StringComparer.Ordinal);
            if (_definedInDocument.Contains(name)) return;
            // In type-system definitions the standard scalars and introspection types may always be named.
            bool inSdl = Context.InTypeSystemDefinition;
            if (inSdl && StandardTypeNames.Contains(name)) return;
            var candidates = Context.Schema.TypeMap.Keys.Concat(_definedInDocument);
            if (inSdl) candidates = StandardTypeNames.Concat(candidates);
            var suggestions = Context.Suggest(name, candidates);
            Context.ReportError(new ValidationError($"Unknown type \"{name}\"." + DidYouMean.Format(suggestions), node));
        }
    }
}
