using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// Spec §5.3.1 Field Selections: a selected field is defined on the parent type (or is a meta-field). Suggests
/// types to fragment on, or similarly named fields, like graphql-js.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly FieldsOnCorrectTypeRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterField(FieldNode node)
        {
            if (Context.ParentType is not { } type || Context.FieldDefinition is not null) return;
            var fieldName = node.Name.Value;
            var suggestion = Context.HideSuggestions ? "" : DidYouMean.Format("to use an inline fragment on", SuggestedTypeNames(Context.Schema, type, fieldName));
            if (suggestion.Length == 0)
            {
                suggestion = DidYouMean.Format(type is IComplexOutputType complex
                    ? Context.Suggest(fieldName, complex.Fields.Select(f => f.Name))
                    : Array.Empty<string>());
            }

            Context.ReportError(new ValidationError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node));
        }

        /// <summary>
        /// For an abstract parent: the possible types, and the interfaces they implement, that define the field —
        /// most used first, interfaces before their implementations, then by name.
        /// </summary>
        private static List<string> SuggestedTypeNames(Schema schema, ICompositeType type, string fieldName)
        {
            var result = new List<string>();
            if (type is not IAbstractType abstractType) return result;
            var suggested = new List<IComplexOutputType>();
            var usage = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possible in schema.GetPossibleTypes(abstractType))
            {
                if (!possible.Fields.Contains(fieldName)) continue;
                if (!usage.ContainsKey(possible.Name)) suggested.Add(possible);
                usage[possible.Name] = 1;
                foreach (var iface in possible.Interfaces)
                {
                    if (!iface.Fields.Contains(fieldName)) continue;
                    if (!usage.ContainsKey(iface.Name)) suggested.Add(iface);
                    usage[iface.Name] = usage.GetValueOrDefault(iface.Name) + 1;
                }
            }
            suggested.Sort((a, b) =>
            {
                int diff = usage[b.Name] - usage[a.Name];
                if (diff != 0) return diff;
                if (a is InterfaceType ia && schema.IsSubType(ia, b)) return -1;
                if (b is InterfaceType ib && schema.IsSubType(ib, a)) return 1;
                return SuggestionList.NaturalCompare(a.Name, b.Name);
            });
            foreach (var t in suggested) result.Add(t.Name);
            return result;
        }
    }
}
