using System.Collections;
using System.Reflection;
using System.Text.Json;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>
/// Maps CLR types to GraphQL types for <see cref="SchemaBuilder"/> and registers them by name. A type's fields are built
/// later (queued, by <see cref="ClrFieldFactory"/>) so that types referring to each other can be mapped in any order.
/// </summary>
internal sealed class ClrTypeMapper
{
    private readonly Dictionary<Type, ScalarType> _scalars;
    private readonly Dictionary<Type, NamedType> _outputTypes = new();
    private readonly Dictionary<Type, NamedType> _inputTypes = new();
    private readonly Dictionary<string, INamedType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nameOwners = new(StringComparer.Ordinal);
    private readonly Queue<Action> _pending = new();
    private readonly List<(UnionType Union, Type Marker)> _unions = new();
    private readonly NullabilityInfoContext _nullability = new();
    private readonly SchemaBuildContext _context;
    private readonly ClrFieldFactory _fields;

    public ClrTypeMapper(SchemaBuilderOptions options, Dictionary<Type, ScalarType> bindings)
    {
        Options = options;
        Descriptions = new MemberDescriptions(options.UseXmlDocumentation);
        _context = new SchemaBuildContext(this);
        _fields = new ClrFieldFactory(this);
        _scalars = new Dictionary<Type, ScalarType>
        {
            [typeof(string)] = Scalars.String, [typeof(char)] = Scalars.String,
            [typeof(int)] = Scalars.Int, [typeof(short)] = Scalars.Int, [typeof(byte)] = Scalars.Int, [typeof(sbyte)] = Scalars.Int, [typeof(ushort)] = Scalars.Int,
            [typeof(long)] = Scalars.Long, [typeof(uint)] = Scalars.Long,
            [typeof(double)] = Scalars.Float, [typeof(float)] = Scalars.Float,
            [typeof(decimal)] = Scalars.Decimal,
            [typeof(bool)] = Scalars.Boolean,
            [typeof(Guid)] = Scalars.Uuid,
            [typeof(DateTimeOffset)] = Scalars.DateTime, [typeof(DateTime)] = Scalars.DateTime,
            [typeof(DateOnly)] = Scalars.Date,
            [typeof(TimeOnly)] = Scalars.LocalTime,
            [typeof(TimeSpan)] = Scalars.TimeSpan,
            [typeof(JsonElement)] = Scalars.Json, [typeof(JsonDocument)] = Scalars.Json,
            [typeof(Uri)] = Scalars.String,
        };
        foreach (var kv in bindings) _scalars[kv.Key] = kv.Value;
    }

    public SchemaBuilderOptions Options { get; }

    public MemberDescriptions Descriptions { get; }

    public IEnumerable<INamedType> AllTypes => _byName.Values;

    public INamedType? FindByName(string name) => _byName.TryGetValue(name, out var t) ? t : null;

    public NamedType? FindByRuntimeType(Type type) => _outputTypes.TryGetValue(type, out var t) ? t : null;

    public void Register(INamedType type) => Register(type, "a hand-built type");

    private void Register(INamedType type, string origin)
    {
        if (_byName.TryGetValue(type.Name, out var existing))
        {
            if (ReferenceEquals(existing, type)) return;
            throw new SchemaBuilderException($"Two types are named \"{type.Name}\": {_nameOwners[type.Name]} and {origin}. Rename one with [GraphQLName].");
        }
        _byName[type.Name] = type;
        _nameOwners[type.Name] = origin;
    }

    /// <summary>Runs pending field population until everything reachable is built, then links interfaces and unions.</summary>
    public void Complete()
    {
        while (_pending.Count > 0) _pending.Dequeue()();
        LinkInterfaces();
        foreach (var (union, marker) in _unions)
        {
            foreach (var kv in _outputTypes)
                if (kv.Value is ObjectType o && marker.IsAssignableFrom(kv.Key) && !union.Types.Contains(o)) union.AddType(o);
        }
        while (_pending.Count > 0) _pending.Dequeue()();
    }

    private void LinkInterfaces()
    {
        foreach (var (clr, type) in _outputTypes.ToList())
        {
            foreach (var clrInterface in clr.GetInterfaces())
            {
                if (!_outputTypes.TryGetValue(clrInterface, out var mapped) || mapped is not InterfaceType iface) continue;
                if (type is ObjectType o) o.Implements(iface);
                else if (type is InterfaceType i && !ReferenceEquals(i, iface)) i.Implements(iface);
            }
        }
    }

    // ---- roots and extensions -----------------------------------------------------------------

    public ObjectType CreateRootType(Type clr, string name, RootKind kind)
    {
        var type = new ObjectType(name) { Description = Descriptions.Describe(clr), RuntimeType = null };
        Register(type, clr.FullName ?? clr.Name);
        var instance = InstanceProvider(clr);
        _pending.Enqueue(() => _fields.AddFields(type, clr, instance, kind, declaredOnly: false));
        return type;
    }

    public void ApplyExtension(Type extension)
    {
        foreach (var attribute in extension.GetCustomAttributes<ExtendObjectTypeAttribute>())
        {
            NamedType? target = attribute.Name is not null
                ? FindByName(attribute.Name) as NamedType
                : GetOutputTypeForRegistration(attribute.RuntimeType!);
            if (target is not ObjectType and not InterfaceType)
                throw new SchemaBuilderException($"{extension.FullName} extends \"{attribute.Name ?? attribute.RuntimeType?.FullName}\", which is not an object or interface type of the schema.");
            var kind = target.Name == Options.SubscriptionTypeName && FindByName(Options.SubscriptionTypeName) == target ? RootKind.Subscription
                : target.Name == Options.MutationTypeName ? RootKind.Mutation : RootKind.None;
            var instance = InstanceProvider(extension);
            var t = target;
            _pending.Enqueue(() => _fields.AddFields(t, extension, instance, kind, declaredOnly: true));
        }
    }

    public NamedType GetOutputTypeForRegistration(Type clr)
    {
        var mapped = MapOutputNamedOrList(clr, $"type {clr.FullName}");
        return mapped as NamedType ?? throw new SchemaBuilderException($"{clr.FullName} cannot be added as a type: it maps to {mapped}.");
    }

    private static Func<IResolverContext, object?> InstanceProvider(Type clr)
    {
        if (clr.IsAbstract && clr.IsSealed) return static _ => null;
        var key = "__instance:" + clr.FullName;
        return context =>
        {
            if (context.ContextData.TryGetValue(key, out var existing)) return existing;
            var created = context.Services.GetService(clr)
                ?? Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance(context.Services, clr);
            context.ContextData[key] = created;
            return created;
        };
    }

    // ---- type mapping -------------------------------------------------------------------------

    private static bool IsIgnoredType(Type t)
        => t == typeof(object) || typeof(Delegate).IsAssignableFrom(t) || t == typeof(Type) || t.IsPointer || t.IsByRef;

    private static bool IsDictionary(Type t)
        => typeof(IDictionary).IsAssignableFrom(t) || ResolverCompiler.FindGeneric(t, typeof(IReadOnlyDictionary<,>).GetGenericTypeDefinition()) is not null
           || t.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));

    /// <summary>Maps a CLR type with nullability to an output type.</summary>
    public IGraphQLType MapOutput(Type clr, NullabilityInfo? nullability, string where, ICustomAttributeProvider? attributes = null)
    {
        var (type, nullable, info) = Unwrap(clr, nullability);
        if (attributes is not null && IsNonNullForced(attributes)) nullable = false;
        IGraphQLType mapped;
        if (attributes?.IsDefined(typeof(IDAttribute), false) == true && ListItem(type) is null) mapped = Scalars.ID;
        else if (ListItem(type) is { } item)
            mapped = new ListType(MapOutput(item, ElementNullability(info), where, attributes is not null && attributes.IsDefined(typeof(IDAttribute), false) ? new IdOnly() : null));
        else mapped = MapOutputNamed(type, where);
        return nullable ? mapped : new NonNullType(mapped);
    }

    private sealed class IdOnly : ICustomAttributeProvider
    {
        public object[] GetCustomAttributes(bool inherit) => new object[] { new IDAttribute() };
        public object[] GetCustomAttributes(Type attributeType, bool inherit) => attributeType == typeof(IDAttribute) ? GetCustomAttributes(inherit) : Array.Empty<object>();
        public bool IsDefined(Type attributeType, bool inherit) => attributeType == typeof(IDAttribute);
    }

    /// <summary>Maps a CLR type with nullability to an input type.</summary>
    public IGraphQLType MapInput(Type clr, NullabilityInfo? nullability, string where, ICustomAttributeProvider? attributes = null)
    {
        var (type, nullable, info) = Unwrap(clr, nullability);
        if (attributes is not null && IsNonNullForced(attributes)) nullable = false;
        IGraphQLType mapped;
        if (attributes?.IsDefined(typeof(IDAttribute), false) == true && ListItem(type) is null) mapped = Scalars.ID;
        else if (ListItem(type) is { } item)
            mapped = new ListType(MapInput(item, ElementNullability(info), where, attributes is not null && attributes.IsDefined(typeof(IDAttribute), false) ? new IdOnly() : null));
        else mapped = MapInputNamed(type, where);
        return nullable ? mapped : new NonNullType(mapped);
    }

    public IGraphQLType MapOutputNamedOrList(Type clr, string where)
        => ListItem(clr) is { } item ? new ListType(MapOutputNamedOrList(item, where)) : MapOutputNamed(Nullable.GetUnderlyingType(clr) ?? clr, where);

    public IGraphQLType MapInputNamedOrList(Type clr, string where)
        => ListItem(clr) is { } item ? new ListType(MapInputNamedOrList(item, where)) : MapInputNamed(Nullable.GetUnderlyingType(clr) ?? clr, where);

    private static bool IsNonNullForced(ICustomAttributeProvider attributes) => attributes.IsDefined(typeof(GraphQLNonNullAttribute), false);

    private static (Type Type, bool Nullable, NullabilityInfo? Info) Unwrap(Type clr, NullabilityInfo? info)
    {
        if (Nullable.GetUnderlyingType(clr) is { } underlying) return (underlying, true, info);
        if (clr.IsValueType) return (clr, false, info);
        bool nullable = info is null || info.ReadState != NullabilityState.NotNull;
        return (clr, nullable, info);
    }

    internal static NullabilityInfo? ElementNullability(NullabilityInfo? info)
    {
        if (info is null) return null;
        if (info.ElementType is not null) return info.ElementType;
        return info.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null;
    }

    private Type? ListItem(Type type)
    {
        if (type == typeof(string) || _scalars.ContainsKey(type) || IsDictionary(type) || type == typeof(JsonElement)) return null;
        return ValueConverter.GetListItemType(type);
    }

    private IGraphQLType MapOutputNamed(Type type, string where)
    {
        if (_scalars.TryGetValue(type, out var scalar)) return Use(scalar);
        if (type.IsEnum) return GetEnumType(type);
        if (_outputTypes.TryGetValue(type, out var existing)) return existing;
        if (IsIgnoredType(type) || IsDictionary(type) || type.IsGenericTypeDefinition || type.IsPrimitive || type == typeof(Task) || type == typeof(ValueTask))
            throw new SchemaBuilderException($"{where} has type {ClrNames.Of(type)}, which cannot be mapped to a GraphQL output type. Use a class, record, interface, enum or a scalar type (or bind one with BindScalar), or leave the member out with [GraphQLIgnore].");
        if (type.GetCustomAttribute<UnionTypeAttribute>() is { } unionAttribute)
        {
            var union = new UnionType(unionAttribute.Name ?? NameConventions.TypeName(type)) { Description = Descriptions.Describe(type), RuntimeType = type };
            _outputTypes[type] = union;
            Register(union, type.FullName!);
            _unions.Add((union, type));
            return union;
        }
        if (type.IsInterface)
        {
            var iface = new InterfaceType(NameConventions.TypeName(type)) { Description = Descriptions.Describe(type), RuntimeType = type };
            _outputTypes[type] = iface;
            Register(iface, type.FullName!);
            _pending.Enqueue(() =>
            {
                _fields.AddFields(iface, type, null, RootKind.None, declaredOnly: false);
                ApplyTypeAttributes(iface, type);
            });
            return iface;
        }
        var obj = new ObjectType(NameConventions.TypeName(type)) { Description = Descriptions.Describe(type), RuntimeType = type };
        _outputTypes[type] = obj;
        Register(obj, type.FullName!);
        _pending.Enqueue(() =>
        {
            _fields.AddFields(obj, type, null, RootKind.None, declaredOnly: false);
            ApplyTypeAttributes(obj, type);
        });
        return obj;
    }

    private IGraphQLType MapInputNamed(Type type, string where)
    {
        if (_scalars.TryGetValue(type, out var scalar)) return Use(scalar);
        if (type.IsEnum) return GetEnumType(type);
        if (_inputTypes.TryGetValue(type, out var existing)) return existing;
        if (IsIgnoredType(type) || IsDictionary(type) || type.IsInterface || type.IsAbstract || type.IsGenericTypeDefinition || type.IsPrimitive)
            throw new SchemaBuilderException($"{where} has type {ClrNames.Of(type)}, which cannot be mapped to a GraphQL input type. Use a class or record with public properties, an enum, a list, or a scalar type.");
        var input = new InputObjectType(NameConventions.InputTypeName(type))
        {
            Description = Descriptions.Describe(type),
            RuntimeType = type,
            IsOneOf = type.IsDefined(typeof(OneOfAttribute), false),
        };
        _inputTypes[type] = input;
        Register(input, type.FullName + " (as input)");
        _pending.Enqueue(() =>
        {
            InputObjectFactory.Populate(this, input, type);
            ApplyTypeAttributes(input, type);
        });
        return input;
    }

    private ScalarType Use(ScalarType scalar)
    {
        if (!_byName.ContainsKey(scalar.Name)) Register(scalar, "scalar " + scalar.Name);
        return scalar;
    }

    private EnumType GetEnumType(Type type)
    {
        if (_outputTypes.TryGetValue(type, out var existing)) return (EnumType)existing;
        var enumType = new EnumType(NameConventions.TypeName(type)) { Description = Descriptions.Describe(type), RuntimeType = type };
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsDefined(typeof(GraphQLIgnoreAttribute), false)) continue;
            var name = field.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameConventions.UpperSnake(field.Name);
            enumType.AddValue(new EnumValueDefinition(name, field.GetValue(null)!)
            {
                Description = Descriptions.Describe(field),
                DeprecationReason = MemberDescriptions.Deprecation(field),
            });
        }
        _outputTypes[type] = enumType;
        _inputTypes[type] = enumType;
        Register(enumType, type.FullName!);
        return enumType;
    }

    private void ApplyTypeAttributes(NamedType type, Type clr)
    {
        foreach (var attribute in clr.GetCustomAttributes<TypeConfigurationAttribute>(true)) attribute.Configure(type, _context);
    }

    internal NullabilityInfo Nullability(PropertyInfo p) => _nullability.Create(p);

    internal SchemaBuildContext Context => _context;

    /// <summary>Resolves a [GraphQLType("...")] syntax against the types built so far (named types must exist or be built-in scalars).</summary>
    internal IGraphQLType FromSyntax(string syntax, string where)
    {
        TypeNode node;
        try { node = Parser.ParseType(syntax); }
        catch (GraphQLSyntaxException ex) { throw new SchemaBuilderException($"{where} has [GraphQLType(\"{syntax}\")], which is not a type reference: {ex.Message}"); }
        return Resolve(node);

        IGraphQLType Resolve(TypeNode n) => n switch
        {
            NonNullTypeNode nn => new NonNullType(Resolve(nn.Type)),
            ListTypeNode l => new ListType(Resolve(l.Type)),
            NamedTypeNode named => ResolveNamed(named.Name.Value),
            _ => throw new InvalidOperationException(),
        };

        IGraphQLType ResolveNamed(string name)
        {
            if (FindByName(name) is { } found) return found;
            var builtIn = new[] { Scalars.String, Scalars.Int, Scalars.Float, Scalars.Boolean, Scalars.ID, Scalars.DateTime, Scalars.Date, Scalars.LocalTime, Scalars.TimeSpan, Scalars.Uuid, Scalars.Json, Scalars.Long, Scalars.Decimal }
                .FirstOrDefault(x => x.Name == name);
            if (builtIn is not null) return Use(builtIn);
            throw new SchemaBuilderException($"{where} has [GraphQLType(\"{syntax}\")] naming \"{name}\", which is not a type of the schema (add it first).");
        }
    }
}
