using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Types;

/// <summary>Settings of a <see cref="SchemaBuilder"/>.</summary>
public sealed class SchemaBuilderOptions
{
    /// <summary>The schema description.</summary>
    public string? Description { get; set; }

    /// <summary>Read descriptions from XML documentation files next to assemblies (default true).</summary>
    public bool UseXmlDocumentation { get; set; } = true;

    /// <summary>Name of the query root type (default "Query").</summary>
    public string QueryTypeName { get; set; } = "Query";

    /// <summary>Name of the mutation root type (default "Mutation").</summary>
    public string MutationTypeName { get; set; } = "Mutation";

    /// <summary>Name of the subscription root type (default "Subscription").</summary>
    public string SubscriptionTypeName { get; set; } = "Subscription";
}

/// <summary>
/// Builds a <see cref="Schema"/> from C# classes, HotChocolate style: public properties and methods become camelCase
/// fields, parameters become arguments, nullable reference types and <see cref="Nullable{T}"/> decide nullability,
/// tasks are awaited, async streams become subscription streams, enums become UPPER_SNAKE enums and classes used as
/// arguments become input types. Members that cannot be mapped fail the build with a message naming them.
/// </summary>
public sealed class SchemaBuilder
{
    private Type? _query;
    private Type? _mutation;
    private Type? _subscription;
    private readonly List<Type> _extensions = new();
    private readonly List<Type> _clrTypes = new();
    private readonly List<INamedType> _namedTypes = new();
    private readonly Dictionary<Type, ScalarType> _scalarBindings = new();
    private readonly List<FieldMiddleware> _globalMiddleware = new();
    private readonly List<Action<SchemaBuildContext>> _typeModifiers = new();
    private readonly List<DirectiveDefinition> _directives = new();
    private readonly SchemaBuilderOptions _options = new();

    /// <summary>Sets the query root class (its public members become the Query type's fields).</summary>
    public SchemaBuilder AddQueryType<T>() => AddQueryType(typeof(T));

    /// <summary>Sets the query root class.</summary>
    public SchemaBuilder AddQueryType(Type type) { _query = type; return this; }

    /// <summary>Sets the mutation root class.</summary>
    public SchemaBuilder AddMutationType<T>() => AddMutationType(typeof(T));

    /// <summary>Sets the mutation root class.</summary>
    public SchemaBuilder AddMutationType(Type type) { _mutation = type; return this; }

    /// <summary>Sets the subscription root class (methods return <see cref="IAsyncEnumerable{T}"/> or <see cref="IObservable{T}"/>).</summary>
    public SchemaBuilder AddSubscriptionType<T>() => AddSubscriptionType(typeof(T));

    /// <summary>Sets the subscription root class.</summary>
    public SchemaBuilder AddSubscriptionType(Type type) { _subscription = type; return this; }

    /// <summary>Adds a class marked <see cref="ExtendObjectTypeAttribute"/> whose members become fields of the extended type.</summary>
    public SchemaBuilder AddTypeExtension<T>() => AddTypeExtension(typeof(T));

    /// <summary>Adds a type extension class.</summary>
    public SchemaBuilder AddTypeExtension(Type type)
    {
        if (!type.IsDefined(typeof(ExtendObjectTypeAttribute), false))
            throw new SchemaBuilderException($"{type.FullName} is added as a type extension but has no [ExtendObjectType] attribute naming the type it extends.");
        _extensions.Add(type);
        return this;
    }

    /// <summary>Adds a CLR type (e.g. an object type implementing an interface, which is not otherwise reachable).</summary>
    public SchemaBuilder AddType<T>() => AddType(typeof(T));

    /// <summary>Adds a CLR type.</summary>
    public SchemaBuilder AddType(Type type) { _clrTypes.Add(type); return this; }

    /// <summary>Adds a hand-built GraphQL type.</summary>
    public SchemaBuilder AddType(INamedType type) { _namedTypes.Add(type); return this; }

    /// <summary>Adds a directive definition.</summary>
    public SchemaBuilder AddDirective(DirectiveDefinition directive) { _directives.Add(directive); return this; }

    /// <summary>Maps a CLR type to a scalar (also replaces a built-in binding, e.g. <c>BindScalar&lt;Guid&gt;(Scalars.ID)</c>).</summary>
    public SchemaBuilder BindScalar<TClr>(ScalarType scalar) => BindScalar(typeof(TClr), scalar);

    /// <summary>Maps a CLR type to a scalar.</summary>
    public SchemaBuilder BindScalar(Type clrType, ScalarType scalar) { _scalarBindings[clrType] = scalar; return this; }

    /// <summary>Changes the settings.</summary>
    public SchemaBuilder ModifyOptions(Action<SchemaBuilderOptions> configure) { configure(_options); return this; }

    /// <summary>Adds middleware around every field resolver (outermost, in the order added).</summary>
    public SchemaBuilder UseField(FieldMiddleware middleware) { _globalMiddleware.Add(middleware); return this; }

    /// <summary>Runs after all types are built and before the schema is validated: add types, arguments, middleware or metadata.</summary>
    public SchemaBuilder ModifyTypes(Action<SchemaBuildContext> modify) { _typeModifiers.Add(modify); return this; }

    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="SchemaBuilderException">A member cannot be mapped.</exception>
    /// <exception cref="SchemaValidationException">The resulting schema breaks a rule of the spec.</exception>
    public Schema Build()
    {
        if (_query is null) throw new SchemaBuilderException("A query type is required: call AddQueryType<T>().");
        var mapper = new ClrTypeMapper(_options, _scalarBindings);
        var context = new SchemaBuildContext(mapper);
        foreach (var t in _namedTypes) mapper.Register(t);

        var query = mapper.CreateRootType(_query, _options.QueryTypeName, RootKind.Query);
        var mutation = _mutation is null ? null : mapper.CreateRootType(_mutation, _options.MutationTypeName, RootKind.Mutation);
        var subscription = _subscription is null ? null : mapper.CreateRootType(_subscription, _options.SubscriptionTypeName, RootKind.Subscription);
        foreach (var t in _clrTypes) mapper.GetOutputTypeForRegistration(t);
        foreach (var extension in _extensions) mapper.ApplyExtension(extension);
        mapper.Complete();

        foreach (var modify in _typeModifiers) modify(context);
        mapper.Complete();

        if (_globalMiddleware.Count > 0)
        {
            foreach (var type in mapper.AllTypes.OfType<IComplexOutputType>())
            {
                if (type is not ObjectType) continue;
                foreach (var field in type.Fields)
                    for (int i = _globalMiddleware.Count - 1; i >= 0; i--) field.UseOutermost(_globalMiddleware[i]);
            }
        }

        var directives = BuiltInDirectives.All.Concat(_directives).ToList();
        return new Schema(query, mutation, subscription, mapper.AllTypes, directives, _options.Description);
    }
}

/// <summary>What configuration attributes and <see cref="SchemaBuilder.ModifyTypes"/> hooks can do while the schema is built.</summary>
public sealed class SchemaBuildContext
{
    private readonly ClrTypeMapper _mapper;

    internal SchemaBuildContext(ClrTypeMapper mapper) => _mapper = mapper;

    /// <summary>The builder settings.</summary>
    public SchemaBuilderOptions Options => _mapper.Options;

    /// <summary>All named types built so far.</summary>
    public IEnumerable<INamedType> Types => _mapper.AllTypes;

    /// <summary>A built type by name, or null.</summary>
    public INamedType? GetType(string name) => _mapper.FindByName(name);

    /// <summary>Adds a hand-built type (its name must be new).</summary>
    public void AddType(INamedType type) => _mapper.Register(type);

    /// <summary>The GraphQL output type for a CLR type (built on demand). Nullability is not applied: wrap in <see cref="NonNullType"/> yourself.</summary>
    public IGraphQLType GetOutputType(Type clrType) => _mapper.MapOutputNamedOrList(clrType, $"type {clrType.FullName}");

    /// <summary>The GraphQL input type for a CLR type (built on demand). Nullability is not applied.</summary>
    public IGraphQLType GetInputType(Type clrType) => _mapper.MapInputNamedOrList(clrType, $"type {clrType.FullName}");

    /// <summary>The object type built from a CLR type, or null when there is none.</summary>
    public NamedType? FindTypeFor(Type clrType) => _mapper.FindByRuntimeType(clrType);
}

/// <summary>What a <see cref="FieldConfigurationAttribute"/> knows about the field it configures.</summary>
public sealed class FieldConfigurationContext
{
    internal FieldConfigurationContext(SchemaBuildContext build, System.Reflection.MemberInfo member, NamedType declaringType, Type resultType)
    {
        Build = build;
        Member = member;
        DeclaringType = declaringType;
        ResultType = resultType;
    }

    /// <summary>The build context (types, options).</summary>
    public SchemaBuildContext Build { get; }

    /// <summary>The C# member.</summary>
    public System.Reflection.MemberInfo Member { get; }

    /// <summary>The type the field is on.</summary>
    public NamedType DeclaringType { get; }

    /// <summary>The member's CLR result type after unwrapping Task/ValueTask (e.g. <c>IQueryable&lt;Schedule&gt;</c>).</summary>
    public Type ResultType { get; }
}
