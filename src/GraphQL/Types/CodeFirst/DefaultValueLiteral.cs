using System.Reflection;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>
/// The GraphQL literal for a CLR default value (a parameter's or an input property's initial value), so that
/// introspection and SDL show default values the way a schema written in SDL would.
/// </summary>
internal static class DefaultValueLiteral
{
    /// <summary>The literal of <paramref name="value"/> as a value of <paramref name="type"/>, or null when it has none.</summary>
    public static ValueNode? From(object? value, IGraphQLType type)
    {
        if (value is null) return NullValueNode.Instance;
        switch (type)
        {
            case NonNullType nn: return From(value, nn.OfType);
            case ListType list when value is System.Collections.IEnumerable items and not string:
                var values = new List<ValueNode>();
                foreach (var item in items) values.Add(From(item, list.OfType) ?? NullValueNode.Instance);
                return new ListValueNode { Values = values };
            case ListType list: return From(value, list.OfType);
            case ScalarType scalar: return scalar.ToLiteral(value);
            case EnumType e: return new EnumValueNode(e.Serialize(value));
            case InputObjectType input:
                var fields = new List<ObjectFieldNode>();
                foreach (var f in input.Fields)
                {
                    if (f.Member is not PropertyInfo p) continue;
                    var v = p.GetValue(value);
                    if (v is null) continue;
                    if (From(v, f.Type) is { } literal) fields.Add(new ObjectFieldNode { Name = new NameNode(f.Name), Value = literal });
                }
                return new ObjectValueNode { Fields = fields };
        }
        return null;
    }
}
