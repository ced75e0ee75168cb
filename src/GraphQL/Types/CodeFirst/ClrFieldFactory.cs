using System.Reflection;
using System.Runtime.CompilerServices;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Types;

/// <summary>
/// Builds the fields of a code-first object or interface type from its public properties and methods, and their
/// arguments from method parameters; the result and argument types come from <see cref="ClrTypeMapper"/>.
/// </summary>
internal sealed class ClrFieldFactory
{
    private readonly ClrTypeMapper _types;
    private readonly NullabilityInfoContext _nullability = new();

    public ClrFieldFactory(ClrTypeMapper types) => _types = types;

    private static readonly HashSet<string> ExcludedMethods = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "<Clone>$", "PrintMembers", "Dispose", "DisposeAsync",
        "CompareTo", "MemberwiseClone", "Finalize",
    };

    public void AddFields(NamedType owner, Type clr, Func<IResolverContext, object?>? instanceProvider, RootKind kind, bool declaredOnly)
    {
        var fields = owner is ObjectType o ? o.Fields : ((InterfaceType)owner).Fields;
        var origins = new Dictionary<string, MemberInfo>(StringComparer.Ordinal);
        foreach (var member in FieldMembers(clr, instanceProvider is not null, declaredOnly))
        {
            var field = CreateField(owner, member, instanceProvider, kind);
            if (field is null) continue;
            if (fields.Contains(field.Name))
            {
                var other = origins.TryGetValue(field.Name, out var m) ? ClrNames.Of(m) : "another definition";
                throw new SchemaBuilderException($"The field \"{owner.Name}.{field.Name}\" is defined twice: by {other} and by {ClrNames.Of(member)}. Rename one with [GraphQLName] or hide one with [GraphQLIgnore].");
            }
            origins[field.Name] = member;
            fields.Add(field);
        }
    }

    private static IEnumerable<MemberInfo> FieldMembers(Type clr, bool includeStatic, bool declaredOnly)
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | (includeStatic ? BindingFlags.Static : 0) | (declaredOnly ? BindingFlags.DeclaredOnly : 0);
        var types = clr.IsInterface ? clr.GetInterfaces().Reverse().Append(clr) : new[] { clr };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            var members = type.GetProperties(flags).Cast<MemberInfo>().Concat(type.GetMethods(flags))
                .OrderBy(m => InheritanceDepth(m.DeclaringType)).ThenBy(DeclarationOrder);
            foreach (var member in members)
            {
                if (member.DeclaringType == typeof(object) || member.IsDefined(typeof(GraphQLIgnoreAttribute), true) || IsCompilerGenerated(member)) continue;
                if (member is PropertyInfo p && (p.GetIndexParameters().Length > 0 || p.GetMethod is not { IsPublic: true })) continue;
                if (member is MethodInfo method)
                {
                    if (method.IsSpecialName || method.IsGenericMethodDefinition || ExcludedMethods.Contains(method.Name)) continue;
                    if (method.GetParameters().Any(x => x.ParameterType.IsByRef || x.IsOut)) continue;
                }
                if (!seen.Add(member.MemberType + ":" + member.Name + ":" + (member as MethodInfo)?.GetParameters().Length)) continue;
                yield return member;
            }
        }
    }

    private static int InheritanceDepth(Type? type)
    {
        int depth = 0;
        for (var t = type?.BaseType; t is not null; t = t.BaseType) depth++;
        return depth;
    }

    // Properties and methods sorted together in declaration order: a property is where its getter is.
    private static int DeclarationOrder(MemberInfo member) => member is PropertyInfo p && p.GetMethod is { } getter ? getter.MetadataToken : member.MetadataToken;

    private FieldDefinition? CreateField(NamedType owner, MemberInfo member, Func<IResolverContext, object?>? instanceProvider, RootKind kind)
    {
        var where = ClrNames.Of(member);
        Type resultType;
        NullabilityInfo? nullability;
        Func<object?, IResolverContext, object?> invoke;
        bool isProperty = member is PropertyInfo;
        List<ArgumentDefinition> arguments = new();

        if (member is PropertyInfo property)
        {
            resultType = property.PropertyType;
            nullability = _nullability.Create(property);
            var getter = Compiled.PropertyGetter(property);
            invoke = property.GetMethod!.IsStatic
                ? (_, _) => property.GetValue(null)
                : (instance, _) => instance is null ? null : getter(instance);
        }
        else
        {
            var method = (MethodInfo)member;
            resultType = method.ReturnType;
            nullability = _nullability.Create(method.ReturnParameter);
            var bindings = new List<ParameterBinding>();
            foreach (var parameter in method.GetParameters())
            {
                var binding = BindParameter(parameter, where, out var argument);
                bindings.Add(binding);
                if (argument is not null) arguments.Add(argument);
            }
            invoke = ResolverCompiler.CompileMethod(method, bindings);
        }

        var awaiter = ResolverCompiler.CreateAwaiter(resultType);
        if (awaiter is not null)
        {
            if (resultType.IsGenericType)
            {
                resultType = resultType.GetGenericArguments()[0];
                nullability = nullability?.GenericTypeArguments.Length == 1 ? nullability.GenericTypeArguments[0] : null;
            }
            else
            {
                resultType = typeof(void);
            }
        }
        if (resultType == typeof(void))
        {
            if (kind == RootKind.Mutation || isProperty)
                throw new SchemaBuilderException($"{where} returns no value; a GraphQL field must return something (e.g. a payload object or bool).");
            return null;
        }

        var name = NameConventions.FieldName(member);
        var typeAttribute = member.GetCustomAttribute<GraphQLTypeAttribute>()
            ?? (member as MethodInfo)?.ReturnParameter.GetCustomAttribute<GraphQLTypeAttribute>();
        var stream = resultType == typeof(string) ? null : ResolverCompiler.CreateStreamAdapter(resultType);
        bool isSubscription = kind == RootKind.Subscription && stream is not null;
        IGraphQLType graphType;
        var itemClr = stream is null ? null
            : ResolverCompiler.FindGeneric(resultType, typeof(IAsyncEnumerable<>)) ?? ResolverCompiler.FindGeneric(resultType, typeof(IObservable<>));
        if (typeAttribute is not null)
        {
            graphType = _types.FromSyntax(typeAttribute.TypeSyntax, where);
        }
        else if (isSubscription)
        {
            graphType = _types.MapOutput(itemClr!, ClrTypeMapper.ElementNullability(nullability), where, member);
        }
        else if (stream is not null && ValueConverter.GetListItemType(resultType) is null)
        {
            // An observable on a query field is read to its end as a list.
            var item = _types.MapOutput(itemClr!, ClrTypeMapper.ElementNullability(nullability), where, member);
            graphType = nullability?.ReadState == NullabilityState.Nullable ? new ListType(item) : new NonNullType(new ListType(item));
        }
        else
        {
            try
            {
                graphType = _types.MapOutput(resultType, nullability, where, member);
            }
            catch (SchemaBuilderException ex) when (!ex.Message.StartsWith(where, StringComparison.Ordinal))
            {
                throw new SchemaBuilderException($"{where}: {ex.Message}", ex);
            }
        }

        var field = new FieldDefinition(name, graphType)
        {
            Description = _types.Descriptions.Describe(member),
            DeprecationReason = MemberDescriptions.Deprecation(member),
            Member = member,
        };
        foreach (var argument in arguments)
        {
            if (field.Arguments.Contains(argument.Name))
                throw new SchemaBuilderException($"{where} has two parameters named \"{argument.Name}\" in GraphQL.");
            field.AddArgument(argument);
        }

        if (isSubscription)
        {
            var adapter = stream!;
            field.Subscriber = async context =>
            {
                var instance = instanceProvider is null ? context.Parent : instanceProvider(context);
                var result = invoke(instance, context);
                if (awaiter is not null) result = await awaiter(result).ConfigureAwait(false);
                return adapter(result) ?? throw new GraphQLException($"The subscription {owner.Name}.{name} returned no stream.");
            };
            // Each event resolves to itself (spec ExecuteSubscriptionEvent); explicit, so that field middleware
            // wrapped around the field still ends in the event rather than a property lookup on it.
            field.Resolver = context => new ValueTask<object?>(context.Parent);
        }
        else if (isProperty && instanceProvider is null && awaiter is null && stream is null)
        {
            Func<object?, object?> pure = parent => invoke(parent, null!);
            // Value-type properties also get a typed getter, so that JSON fragments write them without a box.
            if (member is PropertyInfo { PropertyType.IsValueType: true, GetMethod.IsStatic: false } valueProperty)
                field.SetPureProperty(pure, valueProperty);
            else
                field.PureResolver = pure;
        }
        else
        {
            var adapter = stream;
            field.Resolver = context =>
            {
                var instance = instanceProvider is null ? context.Parent : instanceProvider(context);
                var result = invoke(instance, context);
                if (awaiter is not null)
                {
                    var pending = awaiter(result);
                    if (adapter is null) return pending;
                    return AdaptAsync(pending, adapter);
                }
                return new ValueTask<object?>(adapter is null ? result : adapter(result));
            };
        }

        var configurations = member.GetCustomAttributes<FieldConfigurationAttribute>(true).OrderBy(a => a.Order).ToList();
        if (configurations.Count > 0)
        {
            var configurationContext = new FieldConfigurationContext(_types.Context, member, owner, resultType);
            foreach (var configuration in configurations) configuration.Configure(field, configurationContext);
        }
        return field;
    }

    private static async ValueTask<object?> AdaptAsync(ValueTask<object?> pending, Func<object?, IAsyncEnumerable<object?>?> adapter)
        => adapter(await pending.ConfigureAwait(false));

    private ParameterBinding BindParameter(ParameterInfo parameter, string where, out ArgumentDefinition? argument)
    {
        argument = null;
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken)) return new ParameterBinding(ParameterSource.CancellationToken);
        if (type == typeof(IResolverContext) || type == typeof(IMiddlewareContext)) return new ParameterBinding(ParameterSource.Context);
        if (parameter.IsDefined(typeof(ServiceAttribute), false) || type == typeof(IServiceProvider)) return new ParameterBinding(ParameterSource.Service);
        if (parameter.IsDefined(typeof(ParentAttribute), false)) return new ParameterBinding(ParameterSource.Parent);

        var name = parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameConventions.CamelCase(parameter.Name!);
        var parameterWhere = $"Parameter \"{parameter.Name}\" of {where}";
        var typeAttribute = parameter.GetCustomAttribute<GraphQLTypeAttribute>();
        IGraphQLType graphType = typeAttribute is not null
            ? _types.FromSyntax(typeAttribute.TypeSyntax, parameterWhere)
            : _types.MapInput(type, _nullability.Create(parameter), parameterWhere, parameter);
        argument = new ArgumentDefinition(name, graphType)
        {
            Description = _types.Descriptions.Describe(parameter),
            DeprecationReason = MemberDescriptions.Deprecation(parameter),
            Member = parameter,
        };
        if (parameter.HasDefaultValue && parameter.DefaultValue is not null and not DBNull)
            argument.DefaultValue = DefaultValueLiteral.From(parameter.DefaultValue, graphType);
        return new ParameterBinding(ParameterSource.Argument, name);
    }

    internal static bool IsCompilerGenerated(MemberInfo member) => member.IsDefined(typeof(CompilerGeneratedAttribute), false);
}
