using ReportGraph.GraphQL.Introspection;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>
/// A validated schema (spec §3.3): root operation types, every named type reachable from them (plus extra types and
/// the introspection types), and the directives. Built once; type lookups are dictionary reads.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, INamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<InterfaceType, List<ObjectType>> _objectImplementations = new();
    private readonly Dictionary<InterfaceType, List<InterfaceType>> _interfaceImplementations = new();
    private readonly Dictionary<IAbstractType, HashSet<INamedType>> _subTypes = new();
    private readonly Dictionary<Type, ObjectType> _objectTypesByRuntimeType = new();

    /// <summary>Builds and validates a schema; throws <see cref="SchemaValidationException"/> listing every problem.</summary>
    public Schema(ObjectType query, ObjectType? mutation = null, ObjectType? subscription = null,
        IEnumerable<INamedType>? types = null, IEnumerable<DirectiveDefinition>? directives = null, string? description = null)
    {
        QueryType = query ?? throw new SchemaValidationException(["Query root type must be provided."]);
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;

        // Directives as graphql-js orders them: custom ones first, then the specified ones.
        var given = (directives ?? BuiltInDirectives.All).ToList();
        var directiveList = given.Where(d => !BuiltInDirectives.All.Any(b => b.Name == d.Name)).ToList();
        foreach (var builtIn in BuiltInDirectives.All) directiveList.Add(given.FirstOrDefault(d => d.Name == builtIn.Name) ?? builtIn);
        Directives = directiveList;

        var duplicates = new List<string>();
        var collected = new Dictionary<string, INamedType>(StringComparer.Ordinal);
        var collector = new TypeCollector(collected, duplicates);
        collector.Add(query);
        if (mutation is not null) collector.Add(mutation);
        if (subscription is not null) collector.Add(subscription);
        if (types is not null) foreach (var t in types) collector.Add(t);
        foreach (var d in directiveList)
        {
            _directives.TryAdd(d.Name, d);
            foreach (var a in d.Arguments) collector.Add(a.Type.NamedType());
        }
        foreach (var t in IntrospectionTypes.All) collector.Add(t);
        OrderLikeGraphQLJs(collected, directiveList);

        foreach (var type in _types.Values)
        {
            if (type is ObjectType o)
            {
                foreach (var i in o.Interfaces) ListFor(_objectImplementations, i).Add(o);
                if (o.RuntimeType is not null) _objectTypesByRuntimeType.TryAdd(o.RuntimeType, o);
            }
            else if (type is InterfaceType it)
            {
                foreach (var i in it.Interfaces) ListFor(_interfaceImplementations, i).Add(it);
            }
        }

        ComputeSubTypes();
        var errors = new List<string>(duplicates);
        errors.AddRange(SchemaValidator.Validate(this, directiveList));
        if (errors.Count > 0) throw new SchemaValidationException(errors);
    }

    /// <summary>
    /// Fills the type map in the order graphql-js's schema constructor would give the same types (so that introspection
    /// lists types in the order graphql-js gives for our SDL): each type followed by the built-in scalars it is first to
    /// reference, then types first referenced by directive arguments, then the introspection types.
    /// </summary>
    private void OrderLikeGraphQLJs(Dictionary<string, INamedType> collected, List<DirectiveDefinition> directives)
    {
        void AddReferenced(IGraphQLType reference)
        {
            var named = reference.NamedType();
            if (Scalars.IsSpecifiedScalar(named)) _types.TryAdd(named.Name, named);
        }
        foreach (var type in collected.Values)
        {
            if (Scalars.IsSpecifiedScalar(type) || IntrospectionTypes.All.Contains(type)) continue;
            _types.TryAdd(type.Name, type);
            switch (type)
            {
                case IComplexOutputType complex:
                    foreach (var field in complex.Fields)
                    {
                        AddReferenced(field.Type);
                        foreach (var arg in field.Arguments) AddReferenced(arg.Type);
                    }
                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields) AddReferenced(field.Type);
                    break;
            }
        }
        foreach (var directive in directives)
            foreach (var arg in directive.Arguments) _types.TryAdd(arg.Type.NamedType().Name, arg.Type.NamedType());
        foreach (var type in IntrospectionTypes.All) _types.TryAdd(type.Name, type);
        foreach (var type in collected.Values) _types.TryAdd(type.Name, type);
    }

    private static List<T> ListFor<T>(Dictionary<InterfaceType, List<T>> map, InterfaceType key)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<T>();
        return list;
    }

    /// <summary>The schema description.</summary>
    public string? Description { get; }

    /// <summary>The query root type.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The mutation root type, if any.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root type, if any.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type by name (including introspection types).</summary>
    public IReadOnlyDictionary<string, INamedType> TypeMap => _types;

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Extension data for engine add-ons.</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    /// <summary>The type with the name, or null.</summary>
    public INamedType? GetType(string name) => _types.TryGetValue(name, out var t) ? t : null;

    /// <summary>The type with the name, cast; throws when missing or of another kind.</summary>
    public T GetType<T>(string name) where T : INamedType
        => _types.TryGetValue(name, out var t) && t is T typed ? typed : throw new KeyNotFoundException($"The schema has no {typeof(T).Name} named \"{name}\".");

    /// <summary>The directive with the name, or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.TryGetValue(name, out var d) ? d : null;

    /// <summary>The root type of an operation kind, or null.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types an abstract type may be at run time.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType) => abstractType switch
    {
        UnionType u => u.Types,
        InterfaceType i => _objectImplementations.TryGetValue(i, out var list) ? list : Array.Empty<ObjectType>(),
        _ => Array.Empty<ObjectType>(),
    };

    /// <summary>The object and interface types implementing an interface.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType type)
        => (_objectImplementations.TryGetValue(type, out var o) ? o : Array.Empty<ObjectType>(),
            _interfaceImplementations.TryGetValue(type, out var i) ? i : Array.Empty<InterfaceType>());

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(IAbstractType abstractType, INamedType maybeSubType)
        => _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    private void ComputeSubTypes()
    {
        // Built once: the schema is immutable afterwards, so lookups need no locking.
        foreach (var type in _types.Values)
        {
            var set = new HashSet<INamedType>();
            if (type is UnionType u)
            {
                foreach (var t in u.Types) set.Add(t);
            }
            else if (type is InterfaceType i)
            {
                var (objects, interfaces) = GetImplementations(i);
                foreach (var t in objects) set.Add(t);
                foreach (var t in interfaces) set.Add(t);
            }
            else
            {
                continue;
            }

            _subTypes[(IAbstractType)type] = set;
        }
    }

    /// <summary>
    /// Finds the object type of a runtime value for an abstract type: its ResolveType, else a possible type's IsTypeOf,
    /// else the possible type built from the value's CLR type (or a base type), else a <c>__typename</c> entry.
    /// </summary>
    public ObjectType? ResolveAbstractType(IAbstractType abstractType, object value)
    {
        var resolver = abstractType switch { InterfaceType i => i.ResolveType, UnionType u => u.ResolveType, _ => null };
        if (resolver is not null) return resolver(value, this);
        var possible = GetPossibleTypes(abstractType);
        for (var clr = value.GetType(); clr is not null && clr != typeof(object); clr = clr.BaseType)
            if (_objectTypesByRuntimeType.TryGetValue(clr, out var byClr) && IsSubType(abstractType, byClr)) return byClr;
        foreach (var t in possible)
            if (t.IsTypeOf is not null && t.IsTypeOf(value)) return t;
        if (value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var name) && name is string s)
            return GetType(s) as ObjectType;
        return null;
    }

    private sealed class TypeCollector(Dictionary<string, INamedType> types, List<string> duplicates)
    {
        public void Add(INamedType type)
        {
            if (types.TryGetValue(type.Name, out var existing))
            {
                if (!ReferenceEquals(existing, type))
                {
                    var message = $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".";
                    if (!duplicates.Contains(message)) duplicates.Add(message);
                }
                return;
            }
            types[type.Name] = type;
            switch (type)
            {
                case ObjectType o:
                    foreach (var i in o.Interfaces) Add(i);
                    AddFields(o.Fields);
                    break;
                case InterfaceType i:
                    foreach (var x in i.Interfaces) Add(x);
                    AddFields(i.Fields);
                    break;
                case UnionType u:
                    foreach (var m in u.Types) Add(m);
                    break;
                case InputObjectType io:
                    foreach (var f in io.Fields) Add(f.Type.NamedType());
                    break;
            }
        }

        private void AddFields(FieldCollection<FieldDefinition> fields)
        {
            foreach (var f in fields)
            {
                Add(f.Type.NamedType());
                foreach (var a in f.Arguments) Add(a.Type.NamedType());
            }
        }
    }
}

/// <summary>The schema is not valid; <see cref="Errors"/> lists every problem (graphql-js <c>validateSchema</c> messages).</summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SchemaValidationException(IEnumerable<string> errors)
        : this(errors.ToList()) { }

    private SchemaValidationException(List<string> errors)
        : base("The GraphQL schema is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "- " + e)))
        => Errors = errors;

    /// <summary>The problems found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
