using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// What a value of an output type looks like in the response when every field below it has a pure resolver (see
/// <see cref="JsonFragmentWriter"/>): a leaf, a list of shapes, or an object whose fields have shapes. Worked out once
/// per collected selection set (they are shared by the requests of a cached document) and then only read.
/// </summary>
internal sealed class JsonValueShape(bool nonNull, ScalarType? scalar, EnumType? enumType, JsonValueShape? item, JsonObjectShape? objectShape)
{
    /// <summary>True for a non-null type: a null value then needs the general executor's error and null propagation.</summary>
    public bool NonNull { get; } = nonNull;

    public ScalarType? Scalar { get; } = scalar;

    public EnumType? Enum { get; } = enumType;

    /// <summary>The items' shape, for a list.</summary>
    public JsonValueShape? Item { get; } = item;

    /// <summary>The fields, for an object.</summary>
    public JsonObjectShape? Object { get; } = objectShape;

    /// <summary>True for lists and objects: the values worth writing as one fragment (leaves are already cheap).</summary>
    public bool IsComposite => Item is not null || Object is not null;

    /// <summary>The shape of values of <paramref name="type"/> selected by <paramref name="nodes"/>, or null when the general executor must complete them.</summary>
    public static JsonValueShape? For(IGraphQLType type, List<FieldNode> nodes, OperationRun run)
    {
        bool nonNull = type is NonNullType;
        if (type is NonNullType wrapper) type = wrapper.OfType;
        switch (type)
        {
            case ScalarType scalar:
                return new JsonValueShape(nonNull, scalar, null, null, null);
            case EnumType enumType:
                return new JsonValueShape(nonNull, null, enumType, null, null);
            case ListType list:
                return For(list.OfType, nodes, run) is { } item ? new JsonValueShape(nonNull, null, null, item, null) : null;
            case ObjectType objectType:
                return JsonObjectShape.For(objectType, run.CollectSubfields(objectType, nodes), run) is { } shape
                    ? new JsonValueShape(nonNull, null, null, null, shape)
                    : null;
            default:
                // Interfaces and unions: the runtime type is resolved (and checked) by the general executor.
                return null;
        }
    }

    /// <summary>
    /// The shape of each collected field's value (null where the general executor completes it, and for leaves),
    /// cached on the collection.
    /// </summary>
    public static JsonValueShape?[] OfFields(CollectedFields fields, OperationRun run)
    {
        if (fields.FieldShapes is { } known) return known;
        var shapes = new JsonValueShape?[fields.Count];
        try
        {
            for (int i = 0; i < shapes.Length; i++)
            {
                var definition = fields.Definitions[i];
                if (ReferenceEquals(definition, Introspection.IntrospectionFields.TypeName)) continue;
                var shape = For(definition.Type, fields.Nodes[i], run);
                if (shape is { IsComposite: true }) shapes[i] = shape;
            }
        }
        catch (Exception)
        {
            // Shapes collect sub-selections ahead of the values (even of ones that will be null): whatever that could
            // throw is left to the general executor, which reports it only where it really collects.
            shapes = new JsonValueShape?[fields.Count];
        }
        // Benign race: requests that compute it at the same time compute equal shapes.
        fields.FieldShapes = shapes;
        return shapes;
    }
}
