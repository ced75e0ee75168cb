using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Types;

/// <summary>A field of an object or interface type: arguments, output type, resolver and middleware.</summary>
public sealed class FieldDefinition : IHasName
{
    private readonly List<FieldMiddleware> _middleware = new();
    private FieldDelegate? _pipeline;
    private IGraphQLType _type;
    private FieldPlan? _plan;

    /// <summary>Creates a field.</summary>
    public FieldDefinition(string name, IGraphQLType type, FieldResolverDelegate? resolver = null)
    {
        Name = name;
        _type = type;
        Resolver = resolver;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The output type.</summary>
    public IGraphQLType Type
    {
        get => _type;
        set
        {
            _type = value;
            _plan = null;
        }
    }

    /// <summary>What execution needs to know about the field's type, worked out once instead of on every value.</summary>
    internal FieldPlan Plan => _plan ??= new FieldPlan(_type);

    /// <summary>The description.</summary>
    public string? Description { get; set; }

    /// <summary>Why the field is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The arguments, in order.</summary>
    public FieldCollection<ArgumentDefinition> Arguments { get; } = new();

    /// <summary>Produces the field's value. When null, the default resolver reads a property, dictionary entry or JSON member of the parent named like the field.</summary>
    public FieldResolverDelegate? Resolver { get; set; }

    /// <summary>A synchronous, side-effect-free resolver from the parent value (e.g. a compiled property getter); used when there is no middleware, to avoid per-field allocations.</summary>
    public Func<object?, object?>? PureResolver { get; set; }

    /// <summary>For subscription root fields: creates the source event stream (spec §6.3 CreateSourceEventStream).</summary>
    public SubscribeResolverDelegate? Subscriber { get; set; }

    /// <summary>Extension data.</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    /// <summary>The CLR member the field was built from, if any.</summary>
    public System.Reflection.MemberInfo? Member { get; set; }

    /// <summary>Middleware around the resolver, outermost first.</summary>
    public IReadOnlyList<FieldMiddleware> Middleware => _middleware;

    /// <summary>Adds middleware around the resolver (added later runs inside earlier ones).</summary>
    public FieldDefinition Use(FieldMiddleware middleware)
    {
        _middleware.Add(middleware);
        _pipeline = null;
        return this;
    }

    /// <summary>Adds middleware that runs outside all middleware added so far.</summary>
    public FieldDefinition UseOutermost(FieldMiddleware middleware)
    {
        _middleware.Insert(0, middleware);
        _pipeline = null;
        return this;
    }

    /// <summary>Adds an argument and returns this field.</summary>
    public FieldDefinition AddArgument(ArgumentDefinition argument)
    {
        Arguments.Add(argument);
        return this;
    }

    /// <summary>True when the pure resolver may be used (no middleware, nothing to await).</summary>
    internal bool HasPureResolver => PureResolver is not null && _middleware.Count == 0 && Resolver is null;

    /// <summary>
    /// The property getter behind <see cref="PureResolver"/> typed as the property (a <c>Func&lt;object, T&gt;</c>),
    /// which JSON fragments use to write value types without boxing them; compiled on first use, null once the
    /// resolver is replaced.
    /// </summary>
    internal Delegate? TypedPureGetter
    {
        get
        {
            if (_pureProperty is null || !HasPureResolver || !ReferenceEquals(PureResolver, _purePropertyResolver)) return null;
            // Benign race: requests that compile it at the same time compile equal getters.
            return _typedPureGetter ??= Execution.Compiled.TypedPropertyGetter(_pureProperty);
        }
    }

    private System.Reflection.PropertyInfo? _pureProperty;
    private Func<object?, object?>? _purePropertyResolver;
    private Delegate? _typedPureGetter;

    /// <summary>Sets <see cref="PureResolver"/> to read an instance property, which <see cref="TypedPureGetter"/> can then read typed.</summary>
    internal void SetPureProperty(Func<object?, object?> resolver, System.Reflection.PropertyInfo property)
    {
        PureResolver = resolver;
        _purePropertyResolver = resolver;
        _pureProperty = property;
    }

    /// <summary>The resolver wrapped in the middleware, built once.</summary>
    public FieldDelegate Pipeline => _pipeline ??= BuildPipeline();

    private FieldDelegate BuildPipeline()
    {
        FieldDelegate next;
        var resolver = Resolver;
        var pure = PureResolver;
        if (resolver is not null)
        {
            next = async context => context.Result = await resolver(context).ConfigureAwait(false);
        }
        else if (pure is not null)
        {
            next = context =>
            {
                context.Result = pure(context.Parent);
                return default;
            };
        }
        else
        {
            var name = Name;
            next = context =>
            {
                context.Result = DefaultFieldResolver.Resolve(context.Parent, name);
                return default;
            };
        }
        for (int i = _middleware.Count - 1; i >= 0; i--) next = _middleware[i](next);
        return next;
    }
}
