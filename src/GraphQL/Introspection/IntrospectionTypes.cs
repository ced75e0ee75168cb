using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Introspection;

/// <summary>
/// The introspection types of spec §4.2 (<c>__Schema</c>, <c>__Type</c>, <c>__Field</c>, <c>__InputValue</c>,
/// <c>__EnumValue</c>, <c>__Directive</c>, <c>__TypeKind</c>, <c>__DirectiveLocation</c>) with graphql-js's
/// descriptions. They are shared by every schema; runtime values are the schema model objects themselves.
/// </summary>
public static class IntrospectionTypes
{
    /// <summary>__Schema.</summary>
    public static readonly ObjectType Schema = new("__Schema")
    {
        Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
    };

    /// <summary>__Type.</summary>
    public static readonly ObjectType Type = new("__Type")
    {
        Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
    };

    /// <summary>__Field.</summary>
    public static readonly ObjectType Field = new("__Field")
    {
        Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
    };

    /// <summary>__InputValue.</summary>
    public static readonly ObjectType InputValue = new("__InputValue")
    {
        Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
    };

    /// <summary>__EnumValue.</summary>
    public static readonly ObjectType EnumValue = new("__EnumValue")
    {
        Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
    };

    /// <summary>__Directive.</summary>
    public static readonly ObjectType Directive = new("__Directive")
    {
        Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
    };

    /// <summary>__TypeKind.</summary>
    public static readonly EnumType TypeKindEnum = new EnumType("__TypeKind") { Description = "An enum describing what kind of type a given `__Type` is." }
        .AddValue(new EnumValueDefinition("SCALAR", TypeKind.SCALAR) { Description = "Indicates this type is a scalar." })
        .AddValue(new EnumValueDefinition("OBJECT", TypeKind.OBJECT) { Description = "Indicates this type is an object. `fields` and `interfaces` are valid fields." })
        .AddValue(new EnumValueDefinition("INTERFACE", TypeKind.INTERFACE) { Description = "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields." })
        .AddValue(new EnumValueDefinition("UNION", TypeKind.UNION) { Description = "Indicates this type is a union. `possibleTypes` is a valid field." })
        .AddValue(new EnumValueDefinition("ENUM", TypeKind.ENUM) { Description = "Indicates this type is an enum. `enumValues` is a valid field." })
        .AddValue(new EnumValueDefinition("INPUT_OBJECT", TypeKind.INPUT_OBJECT) { Description = "Indicates this type is an input object. `inputFields` is a valid field." })
        .AddValue(new EnumValueDefinition("LIST", TypeKind.LIST) { Description = "Indicates this type is a list. `ofType` is a valid field." })
        .AddValue(new EnumValueDefinition("NON_NULL", TypeKind.NON_NULL) { Description = "Indicates this type is a non-null. `ofType` is a valid field." });

    /// <summary>__DirectiveLocation.</summary>
    public static readonly EnumType DirectiveLocationEnum = BuildDirectiveLocationEnum();

    /// <summary>All introspection types.</summary>
    public static readonly IReadOnlyList<INamedType> All;

    static IntrospectionTypes()
    {
        var str = Scalars.String;
        var nnString = new NonNullType(str);
        var nnBool = new NonNullType(Scalars.Boolean);
        var nnType = new NonNullType(Type);
        IGraphQLType ListOf(IGraphQLType t) => new ListType(new NonNullType(t));
        ArgumentDefinition IncludeDeprecated() => new("includeDeprecated", Scalars.Boolean) { DefaultValue = new BooleanValueNode(false) };

        Schema.AddField(Pure("description", str, p => ((Types.Schema)p!).Description))
            .AddField(Pure("types", new NonNullType(ListOf(Type)), p => ((Types.Schema)p!).TypeMap.Values.ToList(), "A list of all types supported by this server."))
            .AddField(Pure("queryType", nnType, p => ((Types.Schema)p!).QueryType, "The type that query operations will be rooted at."))
            .AddField(Pure("mutationType", Type, p => ((Types.Schema)p!).MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."))
            .AddField(Pure("subscriptionType", Type, p => ((Types.Schema)p!).SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."))
            .AddField(new FieldDefinition("directives", new NonNullType(ListOf(Directive)), c => new ValueTask<object?>(
                    ((Types.Schema)c.Parent!).Directives.Where(d => IncludeDeprecatedArg(c) || !d.IsDeprecated).ToList()))
            { Description = "A list of all directives supported by this server." }
                .AddArgument(new ArgumentDefinition("includeDeprecated", nnBool) { DefaultValue = new BooleanValueNode(false) }));

        Directive.AddField(Pure("name", nnString, p => ((DirectiveDefinition)p!).Name))
            .AddField(Pure("description", str, p => ((DirectiveDefinition)p!).Description))
            .AddField(Pure("isRepeatable", nnBool, p => ((DirectiveDefinition)p!).IsRepeatable))
            .AddField(Pure("locations", new NonNullType(ListOf(DirectiveLocationEnum)), p => ((DirectiveDefinition)p!).Locations))
            .AddField(new FieldDefinition("args", new NonNullType(ListOf(InputValue)),
                c => new ValueTask<object?>(FilterDeprecated(((DirectiveDefinition)c.Parent!).Arguments, c))).AddArgument(IncludeDeprecated()))
            .AddField(Pure("isDeprecated", nnBool, p => ((DirectiveDefinition)p!).IsDeprecated))
            .AddField(Pure("deprecationReason", str, p => ((DirectiveDefinition)p!).DeprecationReason));

        Type.AddField(Pure("kind", new NonNullType(TypeKindEnum), p => ((IGraphQLType)p!).Kind))
            .AddField(Pure("name", str, p => (p as INamedType)?.Name))
            .AddField(Pure("description", str, p => (p as INamedType)?.Description))
            .AddField(Pure("specifiedByURL", str, p => (p as ScalarType)?.SpecifiedByUrl))
            .AddField(new FieldDefinition("fields", ListOf(Field), c => new ValueTask<object?>(
                c.Parent is IComplexOutputType complex
                    ? complex.Fields.Where(f => IncludeDeprecatedArg(c) || !f.IsDeprecated).ToList()
                    : null)).AddArgument(IncludeDeprecated()))
            .AddField(Pure("interfaces", ListOf(Type), p => (p as IComplexOutputType)?.Interfaces))
            .AddField(new FieldDefinition("possibleTypes", ListOf(Type), c => new ValueTask<object?>(
                c.Parent is IAbstractType abstractType ? c.Schema.GetPossibleTypes(abstractType) : null)))
            .AddField(new FieldDefinition("enumValues", ListOf(EnumValue), c => new ValueTask<object?>(
                c.Parent is EnumType e ? e.Values.Where(v => IncludeDeprecatedArg(c) || !v.IsDeprecated).ToList() : null)).AddArgument(IncludeDeprecated()))
            .AddField(new FieldDefinition("inputFields", ListOf(InputValue), c => new ValueTask<object?>(
                c.Parent is InputObjectType io ? FilterDeprecated(io.Fields, c) : null)).AddArgument(IncludeDeprecated()))
            .AddField(Pure("ofType", Type, p => p switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null }))
            .AddField(Pure("isOneOf", Scalars.Boolean, p => p is InputObjectType io ? io.IsOneOf : null));

        Field.AddField(Pure("name", nnString, p => ((FieldDefinition)p!).Name))
            .AddField(Pure("description", str, p => ((FieldDefinition)p!).Description))
            .AddField(new FieldDefinition("args", new NonNullType(ListOf(InputValue)),
                c => new ValueTask<object?>(FilterDeprecated(((FieldDefinition)c.Parent!).Arguments, c))).AddArgument(IncludeDeprecated()))
            .AddField(Pure("type", nnType, p => ((FieldDefinition)p!).Type))
            .AddField(Pure("isDeprecated", nnBool, p => ((FieldDefinition)p!).IsDeprecated))
            .AddField(Pure("deprecationReason", str, p => ((FieldDefinition)p!).DeprecationReason));

        InputValue.AddField(Pure("name", nnString, p => ((InputValueDefinition)p!).Name))
            .AddField(Pure("description", str, p => ((InputValueDefinition)p!).Description))
            .AddField(Pure("type", nnType, p => ((InputValueDefinition)p!).Type))
            .AddField(Pure("defaultValue", str, p => ((InputValueDefinition)p!).DefaultValue is { } d ? Printer.Print(d) : null,
                "A GraphQL-formatted string representing the default value for this input value."))
            .AddField(Pure("isDeprecated", nnBool, p => ((InputValueDefinition)p!).IsDeprecated))
            .AddField(Pure("deprecationReason", str, p => ((InputValueDefinition)p!).DeprecationReason));

        EnumValue.AddField(Pure("name", nnString, p => ((EnumValueDefinition)p!).Name))
            .AddField(Pure("description", str, p => ((EnumValueDefinition)p!).Description))
            .AddField(Pure("isDeprecated", nnBool, p => ((EnumValueDefinition)p!).IsDeprecated))
            .AddField(Pure("deprecationReason", str, p => ((EnumValueDefinition)p!).DeprecationReason));

        All = new INamedType[] { Schema, Type, TypeKindEnum, Field, InputValue, EnumValue, Directive, DirectiveLocationEnum };
    }

    private static FieldDefinition Pure(string name, IGraphQLType type, Func<object?, object?> resolve, string? description = null)
        => new(name, type) { PureResolver = resolve, Description = description };

    private static bool IncludeDeprecatedArg(IResolverContext context)
        => context.Arguments.TryGetValue("includeDeprecated", out var v) && v is true;

    private static List<T> FilterDeprecated<T>(FieldCollection<T> values, IResolverContext context) where T : InputValueDefinition
    {
        bool include = IncludeDeprecatedArg(context);
        var list = new List<T>(values.Count);
        foreach (var v in values) if (include || !v.IsDeprecated) list.Add(v);
        return list;
    }

    private static EnumType BuildDirectiveLocationEnum()
    {
        var type = new EnumType("__DirectiveLocation")
        {
            Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        };
        void Add(DirectiveLocation location, string description) => type.AddValue(new EnumValueDefinition(location.ToString(), location) { Description = description });
        Add(DirectiveLocation.QUERY, "Location adjacent to a query operation.");
        Add(DirectiveLocation.MUTATION, "Location adjacent to a mutation operation.");
        Add(DirectiveLocation.SUBSCRIPTION, "Location adjacent to a subscription operation.");
        Add(DirectiveLocation.FIELD, "Location adjacent to a field.");
        Add(DirectiveLocation.FRAGMENT_DEFINITION, "Location adjacent to a fragment definition.");
        Add(DirectiveLocation.FRAGMENT_SPREAD, "Location adjacent to a fragment spread.");
        Add(DirectiveLocation.INLINE_FRAGMENT, "Location adjacent to an inline fragment.");
        Add(DirectiveLocation.VARIABLE_DEFINITION, "Location adjacent to a variable definition.");
        Add(DirectiveLocation.SCHEMA, "Location adjacent to a schema definition.");
        Add(DirectiveLocation.SCALAR, "Location adjacent to a scalar definition.");
        Add(DirectiveLocation.OBJECT, "Location adjacent to an object type definition.");
        Add(DirectiveLocation.FIELD_DEFINITION, "Location adjacent to a field definition.");
        Add(DirectiveLocation.ARGUMENT_DEFINITION, "Location adjacent to an argument definition.");
        Add(DirectiveLocation.INTERFACE, "Location adjacent to an interface definition.");
        Add(DirectiveLocation.UNION, "Location adjacent to a union definition.");
        Add(DirectiveLocation.ENUM, "Location adjacent to an enum definition.");
        Add(DirectiveLocation.ENUM_VALUE, "Location adjacent to an enum value definition.");
        Add(DirectiveLocation.INPUT_OBJECT, "Location adjacent to an input object type definition.");
        Add(DirectiveLocation.INPUT_FIELD_DEFINITION, "Location adjacent to an input object field definition.");
        Add(DirectiveLocation.DIRECTIVE_DEFINITION, "Location adjacent to a directive definition.");
        return type;
    }
}

/// <summary>The meta-fields <c>__schema</c>, <c>__type(name:)</c> and <c>__typename</c> (spec §4.1–4.2).</summary>
public static class IntrospectionFields
{
    /// <summary>__schema: __Schema!</summary>
    public static readonly FieldDefinition Schema = new("__schema", new NonNullType(IntrospectionTypes.Schema),
        c => new ValueTask<object?>(c.Schema))
    { Description = "Access the current type schema of this server." };

    /// <summary>__type(name: String!): __Type</summary>
    public static readonly FieldDefinition Type = new FieldDefinition("__type", IntrospectionTypes.Type,
            c => new ValueTask<object?>(c.Arguments.TryGetValue("name", out var n) && n is string name ? c.Schema.GetType(name) : null))
    { Description = "Request the type information of a single type." }
        .AddArgument(new ArgumentDefinition("name", new NonNullType(Scalars.String)));

    /// <summary>__typename: String!</summary>
    public static readonly FieldDefinition TypeName = new("__typename", new NonNullType(Scalars.String),
        c => new ValueTask<object?>(c.ParentType.Name))
    { Description = "The name of the current Object type at runtime." };
}
