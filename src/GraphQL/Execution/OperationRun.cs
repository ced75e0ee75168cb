using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReportGraph.GraphQL.Analysis;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution.Incremental;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// One execution of an operation (spec §6.3–6.4): executes selection sets, resolves fields (concurrently for queries,
/// serially for mutations), completes values and propagates nulls. <see cref="InputCoercion.Invalid"/> returned by
/// completion means "null that must propagate to the nearest nullable position".
/// </summary>
internal sealed class OperationRun
{
    private static readonly object Invalid = InputCoercion.Invalid;

    private readonly List<GraphQLError> _errors = new();

    /// <summary>Set once the first error is added: most runs have none, and reading them then takes no lock.</summary>
    private volatile bool _hasErrors;
    private ConcurrentDictionary<(ObjectType, FieldNode), CollectedFields>? _subfieldCache;
    private ConcurrentDictionary<FieldNode, IReadOnlyDictionary<string, object?>>? _argumentCache;
    private readonly bool _sharedCollection;

    /// <summary>Field collection shared across requests for documents whose @skip/@include do not use variables (documents are cached, so nodes repeat).</summary>
    private static readonly ConditionalWeakTable<FieldNode, ConcurrentDictionary<ObjectType, CollectedFields>> SharedSubfields = new();
    private static readonly ConditionalWeakTable<OperationDefinitionNode, object> VariableDirectiveDocuments = new();

    /// <summary>The root fields, shared like <see cref="SharedSubfields"/> (per root type: a parsed document may run against more than one schema).</summary>
    private static readonly ConditionalWeakTable<OperationDefinitionNode, ConcurrentDictionary<ObjectType, CollectedFields>> SharedRootFields = new();
    private readonly RequestExecutorOptions _options;

    public OperationRun(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, IServiceProvider services, IDictionary<string, object?> contextData,
        RequestExecutorOptions options, CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        Services = services;
        ContextData = contextData;
        _options = options;
        CancellationToken = cancellationToken;
        _sharedCollection = !UsesVariablesInDirectives(schema, operation, fragments);
    }

    private static bool UsesVariablesInDirectives(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        if (operation.VariableDefinitions.Count == 0) return false;
        var flag = VariableDirectiveDocuments.GetValue(operation, op =>
        {
            var finder = new VariableDirectiveFinder();
            var walker = new DocumentWalker(new TypeInfo(schema), new DocumentVisitor[] { finder });
            walker.WalkOperation(op);
            foreach (var fragment in fragments.Values)
            {
                if (finder.Found) break;
                walker.WalkFragmentDefinition(fragment);
            }
            return finder.Found;
        });
        return (bool)flag;
    }

    private static readonly ConditionalWeakTable<OperationDefinitionNode, object> IncrementalDocuments = new();

    /// <summary>True when the operation or a fragment uses @defer or @stream (cached per parsed operation).</summary>
    internal static bool UsesIncrementalDirectives(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
        => (bool)IncrementalDocuments.GetValue(operation, op =>
            HasIncrementalDirective(op.SelectionSet) || fragments.Values.Any(f => HasIncrementalDirective(f.SelectionSet)));

    private static bool HasIncrementalDirective(SelectionSetNode set)
    {
        foreach (var selection in set.Selections)
        {
            if (selection.Directives.Any(d => d.Name.Value is "defer" or "stream")) return true;
            var inner = selection switch { FieldNode f => f.SelectionSet, InlineFragmentNode i => i.SelectionSet, _ => null };
            if (inner is not null && HasIncrementalDirective(inner)) return true;
        }
        return false;
    }

    /// <summary>Finds @skip or @include with a variable argument, which makes field collection depend on the request's variables.</summary>
    private sealed class VariableDirectiveFinder : DocumentVisitor
    {
        public bool Found { get; private set; }

        public override void EnterDirective(DirectiveNode node)
        {
            if (!Found && (node.Name.Value is "skip" or "include") && node.Arguments.Any(a => a.Value is VariableNode)) Found = true;
        }
    }

    // ---- incremental delivery (@defer / @stream, graphql-js 17) ----------------------------------------------

    /// <summary>Shared by the runs of one incremental execution; null when the operation executes in one result.</summary>
    internal IncrementalState? Incremental { get; private set; }

    /// <summary>The @defers of the execution group this run executes (empty for the initial result and stream items).</summary>
    private HashSet<DeferUsage> _usageSet = new();

    /// <summary>Deferred groups and streams found by this run, published after it.</summary>
    private readonly List<object> _discovered = new();

    /// <summary>Executes @defer and @stream incrementally instead of ignoring them.</summary>
    internal void EnableIncremental() => Incremental = new IncrementalState();

    /// <summary>A run with its own errors and discoveries for one deferred group or stream batch.</summary>
    internal OperationRun ForGroup(HashSet<DeferUsage> usageSet)
        => new(Schema, Operation, Fragments, Variables, Services, ContextData, _options, CancellationToken) { Incremental = Incremental, _usageSet = usageSet };

    internal List<object> TakeDiscovered()
    {
        lock (_discovered)
        {
            var list = _discovered.ToList();
            _discovered.Clear();
            return list;
        }
    }

    private void Discover(object record)
    {
        lock (_discovered) _discovered.Add(record);
    }

    /// <summary>Executes a deferred group's fields; returns its map, or <see cref="InputCoercion.Invalid"/> when a non-null field nulled it.</summary>
    internal ValueTask<object?> ExecuteGroupAsync(DeferredGroup group) => ExecuteFieldsAsync(group.Type, group.Source, group.Path, group.Fields);

    /// <summary>Completes one streamed item (graphql-js completeStreamItem); <see cref="InputCoercion.Invalid"/> when it nulls the stream.</summary>
    internal async ValueTask<object?> CompleteStreamItemAsync(StreamRecord stream, object? item, int index)
    {
        var itemPath = LazyPath.Item(stream.Path!, index);
        try
        {
            return await CompleteValueAsync(stream.ItemType, stream.ParentType, stream.Field, stream.Nodes, itemPath, item).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, stream.ItemType, stream.Nodes, itemPath);
        }
    }

    /// <summary>graphql-js executeExecutionPlan: executes the fields of this group now and defers the others as new groups.</summary>
    private ValueTask<object?> ExecutePlanAsync(ObjectType type, object? source, ResultPath? path, CollectedFields fields, bool serial)
    {
        var state = Incremental!;
        var map = state.MapFor(path);
        if (fields.NewDeferUsages.Count > 0)
        {
            map = new Dictionary<DeferUsage, DeferredFragment>(map);
            foreach (var usage in fields.NewDeferUsages)
                map[usage] = new DeferredFragment(path, usage.Label, usage.Parent is null ? null : map[usage.Parent]);
            state.SetMap(path, map);
        }
        List<int>? current = null;
        List<(HashSet<DeferUsage> Set, List<int> Indices)>? deferred = null;
        for (int i = 0; i < fields.Count; i++)
        {
            var set = fields.Nodes[i] is DeferredFieldNodes nodes ? nodes.FilteredUsageSet() : new HashSet<DeferUsage>();
            if (set.SetEquals(_usageSet))
            {
                (current ??= new()).Add(i);
                continue;
            }
            deferred ??= new();
            var group = deferred.FindIndex(d => d.Set.SetEquals(set));
            if (group < 0) deferred.Add((set, new List<int> { i }));
            else deferred[group].Indices.Add(i);
        }
        if (deferred is null)
            return serial ? ExecuteFieldsSeriallyAsync(type, source, path, fields) : ExecuteFieldsAsync(type, source, path, fields);
        foreach (var (set, indices) in deferred)
            Discover(new DeferredGroup(path, set.Select(u => map[u]).ToArray(), set, type, source, Subset(fields, indices)));
        var now = Subset(fields, current ?? new List<int>());
        return serial ? ExecuteFieldsSeriallyAsync(type, source, path, now) : ExecuteFieldsAsync(type, source, path, now);
    }

    private static CollectedFields Subset(CollectedFields fields, List<int> indices)
        => new(indices.Select(i => fields.Keys[i]).ToArray(), indices.Select(i => fields.Nodes[i]).ToArray(), indices.Select(i => fields.Definitions[i]).ToArray());

    /// <summary>graphql-js getStreamUsage: @stream on the field (first node), unless if: false.</summary>
    private (string? Label, int InitialCount)? GetStreamUsage(List<FieldNode> nodes)
    {
        foreach (var directive in nodes[0].Directives)
        {
            if (directive.Name.Value != "stream") continue;
            var args = ArgumentCoercion.Coerce(IncrementalDirectives.Stream.Arguments, directive.Arguments, directive, Variables);
            if (args.TryGetValue("if", out var condition) && condition is false) return null;
            var initialCount = args.TryGetValue("initialCount", out var count) ? Convert.ToInt32(count, System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (initialCount < 0) throw new LocatedException("initialCount must be a positive integer", directive);
            return (args.TryGetValue("label", out var label) ? label as string : null, initialCount);
        }
        return null;
    }

    /// <summary>Completes the first initialCount items now; the rest become a stream record (graphql-js handleStream).</summary>
    private async ValueTask<object?> CompleteStreamedListAsync(IGraphQLType itemType, ObjectType parentType, FieldDefinition field, List<FieldNode> nodes,
        ResultPath listPath, (string? Label, int InitialCount) stream, IEnumerator<object?>? items, IAsyncEnumerator<object?>? asyncItems)
    {
        var values = new List<object?>();
        bool invalid = false;
        int index = 0;
        // Stream items are executed without the @defers of the list field (graphql-js strips the nodes' defer usages).
        var itemNodes = new DeferredFieldNodes();
        foreach (var node in nodes) itemNodes.Add(node, null);
        while (true)
        {
            if (index == stream.InitialCount)
            {
                Discover(new StreamRecord(listPath, stream.Label, index, itemType, parentType, field, itemNodes) { Items = items, AsyncItems = asyncItems });
                break;
            }
            bool more = items is not null ? items.MoveNext() : await asyncItems!.MoveNextAsync().ConfigureAwait(false);
            if (!more) break;
            var item = items is not null ? items.Current : asyncItems!.Current;
            var itemPath = LazyPath.Item(listPath, index);
            object? value;
            try
            {
                value = await CompleteValueAsync(itemType, parentType, field, itemNodes, itemPath, item).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                value = HandleFieldError(ex, itemType, itemNodes, itemPath);
            }
            if (ReferenceEquals(value, Invalid)) invalid = true;
            values.Add(value);
            index++;
        }
        return invalid ? Invalid : values.ToArray();
    }

    public Schema Schema { get; }
    public OperationDefinitionNode Operation { get; }
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }
    public IReadOnlyDictionary<string, object?> Variables { get; }
    public IServiceProvider Services { get; }
    public IDictionary<string, object?> ContextData { get; }
    public CancellationToken CancellationToken { get; private set; }

    /// <summary>
    /// Completes lists and objects whose fields all have pure resolvers as <see cref="JsonFragment"/>s: for query
    /// results that only go to <see cref="ExecutionResultWriter"/> (see <see cref="JsonFragmentWriter"/> for why
    /// this gives the same response), into this buffer; null when results are built as maps and arrays.
    /// </summary>
    internal JsonFragmentBuffer? JsonFragments { get; set; }

    /// <summary>Binds the run to the request's (or timeout's) cancellation token.</summary>
    public OperationRun WithToken(CancellationToken token)
    {
        CancellationToken = token;
        return this;
    }

    /// <summary>A fresh run (own errors, caches and DataLoaders) for one subscription event.</summary>
    /// <remarks>
    /// The context data is copied with DataLoaders of the event's own: they cache every key for their lifetime, and a
    /// subscription lives for many events, so each event would otherwise see the first event's data again.
    /// </remarks>
    public OperationRun ForEvent()
        => new(Schema, Operation, Fragments, Variables, Services, Data.DataLoaderResolverContextExtensions.ForSubscriptionEvent(ContextData, Services),
            _options, CancellationToken);

    /// <summary>Spec §6.2.3 CreateSourceEventStream: the subscription root field's event stream.</summary>
    public async ValueTask<IAsyncEnumerable<object?>> CreateSourceStreamAsync(ObjectType rootType, object? rootValue,
        FieldDefinition field, List<FieldNode> nodes, ResultPath path)
    {
        var arguments = GetArguments(field, nodes[0]);
        var context = new ResolverContext(this, rootType, field, nodes, rootValue, path, arguments);
        object? stream;
        if (field.Subscriber is not null)
        {
            stream = await field.Subscriber(context).ConfigureAwait(false);
        }
        else
        {
            await field.Pipeline(context).ConfigureAwait(false);
            stream = context.Result;
        }
        return stream switch
        {
            IAsyncEnumerable<object?> items => items,
            null => throw new GraphQLException($"Subscription field \"{field.Name}\" returned no event stream."),
            _ => throw new GraphQLException($"Subscription field must return Async Iterable. Received: {ValueLiterals.Inspect(stream.GetType().Name)}."),
        };
    }

    public GraphQLError ToErrorPublic(Exception exception, List<FieldNode> nodes, ResultPath path) => ToError(exception, nodes, new LazyPath(path));

    public IReadOnlyList<GraphQLError>? Errors
    {
        get
        {
            if (!_hasErrors) return null;
            lock (_errors) return _errors.Count == 0 ? null : _errors.ToArray();
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
            _hasErrors = true;
        }
    }

    /// <summary>Executes the operation's root selection set; returns the data (null when the root was nulled).</summary>
    public async ValueTask<ResultMap?> ExecuteRootAsync(ObjectType rootType, object? rootValue, bool serial)
    {
        if (Incremental is not null)
        {
            var collected = FieldCollector.CollectIncremental(Schema, rootType, new[] { (Operation.SelectionSet, (DeferUsage?)null) }, Fragments, Variables);
            return await ExecutePlanAsync(rootType, rootValue, null, collected, serial).ConfigureAwait(false) as ResultMap;
        }
        var fields = _sharedCollection
            ? SharedRootFields.GetValue(Operation, static _ => new ConcurrentDictionary<ObjectType, CollectedFields>())
                .GetOrAdd(rootType, static (type, run) => FieldCollector.Collect(run.Schema, type, new[] { run.Operation.SelectionSet }, run.Fragments, run.Variables), this)
            : FieldCollector.Collect(Schema, rootType, new[] { Operation.SelectionSet }, Fragments, Variables);
        var result = serial
            ? await ExecuteFieldsSeriallyAsync(rootType, rootValue, null, fields).ConfigureAwait(false)
            : await ExecuteFieldsAsync(rootType, rootValue, null, fields).ConfigureAwait(false);
        return result as ResultMap;
    }

    public CollectedFields CollectSubfields(ObjectType type, List<FieldNode> fieldNodes)
    {
        if (fieldNodes.Count == 1)
        {
            if (_sharedCollection)
            {
                var perType = SharedSubfields.GetValue(fieldNodes[0], static _ => new ConcurrentDictionary<ObjectType, CollectedFields>());
                if (perType.TryGetValue(type, out var shared)) return shared;
                return perType.GetOrAdd(type, FieldCollector.Collect(Schema, type, new[] { fieldNodes[0].SelectionSet! }, Fragments, Variables));
            }
            var cache = _subfieldCache ?? System.Threading.Interlocked.CompareExchange(ref _subfieldCache, new(), null) ?? _subfieldCache!;
            return cache.GetOrAdd((type, fieldNodes[0]),
                static (key, run) => FieldCollector.Collect(run.Schema, key.Item1, new[] { key.Item2.SelectionSet! }, run.Fragments, run.Variables), this);
        }
        var sets = new List<SelectionSetNode>(fieldNodes.Count);
        foreach (var node in fieldNodes) if (node.SelectionSet is not null) sets.Add(node.SelectionSet);
        return FieldCollector.Collect(Schema, type, sets, Fragments, Variables);
    }

    private async ValueTask<object?> ExecuteFieldsSeriallyAsync(ObjectType type, object? source, ResultPath? path, CollectedFields fields)
    {
        var map = new ResultMap(fields.Keys, fields.EncodedKeys);
        bool invalid = false;
        for (int i = 0; i < fields.Count; i++)
        {
            var fieldPath = LazyPath.Field(path, fields.Keys[i]);
            var value = await ExecuteFieldAsync(type, source, fields.Definitions[i], fields.Nodes[i], fieldPath, null).ConfigureAwait(false);
            if (ReferenceEquals(value, Invalid)) invalid = true;
            else map.SetValue(i, value);
        }
        return invalid ? Invalid : map;
    }

    private ValueTask<object?> ExecuteFieldsAsync(ObjectType type, object? source, ResultPath? path, CollectedFields fields)
    {
        var map = new ResultMap(fields.Keys, fields.EncodedKeys);
        bool invalid = false;
        List<(int Index, Task<object?> Task)>? pending = null;
        var shapes = JsonFragments is not null ? JsonValueShape.OfFields(fields, this) : null;
        for (int i = 0; i < fields.Count; i++)
        {
            var fieldPath = LazyPath.Field(path, fields.Keys[i]);
            var task = ExecuteFieldAsync(type, source, fields.Definitions[i], fields.Nodes[i], fieldPath, shapes?[i]);
            if (task.IsCompletedSuccessfully)
            {
                var value = task.Result;
                if (ReferenceEquals(value, Invalid)) invalid = true;
                else map.SetValue(i, value);
            }
            else
            {
                (pending ??= new()).Add((i, task.AsTask()));
            }
        }
        if (pending is null) return new ValueTask<object?>(invalid ? Invalid : map);
        return AwaitPending(map, pending, invalid);
    }

    private static async ValueTask<object?> AwaitPending(ResultMap map, List<(int Index, Task<object?> Task)> pending, bool invalid)
    {
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            if (ReferenceEquals(value, Invalid)) invalid = true;
            else map.SetValue(index, value);
        }
        return invalid ? Invalid : map;
    }

    /// <summary>
    /// Resolves and completes one field (spec §6.4 ExecuteField); field errors become null (or propagate for non-null fields).
    /// With a <paramref name="shape"/>, a list or object value is first offered to <see cref="JsonFragmentWriter"/>.
    /// </summary>
    private ValueTask<object?> ExecuteFieldAsync(ObjectType parentType, object? source, FieldDefinition field, List<FieldNode> nodes, LazyPath path,
        JsonValueShape? shape)
    {
        if (ReferenceEquals(field, Introspection.IntrospectionFields.TypeName)) return new ValueTask<object?>(parentType.Name);
        CancellationToken.ThrowIfCancellationRequested();
        object? resolved;
        try
        {
            if (source is SubscriptionEvent subscriptionEvent)
            {
                // The subscription root field resolves to the event unless it has its own resolver (spec §6.2.3.2 ExecuteSubscriptionEvent).
                source = subscriptionEvent.Payload;
                if (field.Subscriber is not null && field.Resolver is null && field.PureResolver is null && field.Middleware.Count == 0)
                    return CompleteFieldAsync(parentType, field, nodes, path, source);
            }
            if (field.HasPureResolver)
            {
                resolved = field.PureResolver!(source);
                if (resolved is not null)
                {
                    // A non-null leaf completes to its serialised value (CompleteValue's result for scalars and enums).
                    var plan = field.Plan;
                    if (plan.LeafScalar is { } scalar) return new ValueTask<object?>(SerializeScalar(scalar, resolved));
                    if (plan.LeafEnum is { } enumType) return new ValueTask<object?>(enumType.Serialize(resolved));
                }
            }
            else
            {
                var arguments = GetArguments(field, nodes[0]);
                var context = new ResolverContext(this, parentType, field, nodes, source, path.Value, arguments);
                var pipeline = field.Pipeline(context);
                if (!pipeline.IsCompletedSuccessfully) return AwaitResolverAsync(pipeline, context, parentType, field, nodes, path, shape);
                pipeline.GetAwaiter().GetResult();
                resolved = context.Result;
            }
        }
        catch (Exception ex)
        {
            return new ValueTask<object?>(HandleFieldError(ex, field.Type, nodes, path));
        }
        if (shape is not null && resolved is not null && JsonFragmentWriter.TryWrite(shape, resolved, JsonFragments!, CancellationToken) is { } fragment)
            return new ValueTask<object?>(fragment);
        return CompleteFieldAsync(parentType, field, nodes, path, resolved);
    }

    private async ValueTask<object?> AwaitResolverAsync(ValueTask pipeline, ResolverContext context, ObjectType parentType,
        FieldDefinition field, List<FieldNode> nodes, LazyPath path, JsonValueShape? shape)
    {
        try
        {
            await pipeline.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, field.Type, nodes, path);
        }
        if (shape is not null && context.Result is { } resolved && JsonFragmentWriter.TryWrite(shape, resolved, JsonFragments!, CancellationToken) is { } fragment)
            return fragment;
        return await CompleteFieldAsync(parentType, field, nodes, path, context.Result).ConfigureAwait(false);
    }

    private ValueTask<object?> CompleteFieldAsync(ObjectType parentType, FieldDefinition field, List<FieldNode> nodes, LazyPath path, object? resolved)
    {
        try
        {
            var completion = CompleteValueAsync(field.Type, parentType, field, nodes, path, resolved);
            if (completion.IsCompletedSuccessfully) return completion;
            return AwaitCompletionAsync(completion, field, nodes, path);
        }
        catch (Exception ex)
        {
            return new ValueTask<object?>(HandleFieldError(ex, field.Type, nodes, path));
        }
    }

    private async ValueTask<object?> AwaitCompletionAsync(ValueTask<object?> completion, FieldDefinition field, List<FieldNode> nodes, LazyPath path)
    {
        try
        {
            return await completion.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, field.Type, nodes, path);
        }
    }

    private IReadOnlyDictionary<string, object?> GetArguments(FieldDefinition field, FieldNode node)
    {
        if (field.Arguments.Count == 0) return EmptyArguments;
        // Arguments written as literals coerce the same way in every request of a cached document: once per field node.
        if (LiteralArguments.TryGetValue(node, out var literal) && ReferenceEquals(literal.Field, field)) return literal.Arguments;
        if (!UsesVariables(node.Arguments))
        {
            var coerced = ArgumentCoercion.Coerce(field.Arguments, node.Arguments, node, Variables);
            LiteralArguments.AddOrUpdate(node, new SharedArguments(field, coerced));
            return coerced;
        }
        var cache = _argumentCache ?? System.Threading.Interlocked.CompareExchange(ref _argumentCache, new(), null) ?? _argumentCache!;
        if (cache.TryGetValue(node, out var cached)) return cached;
        var args = ArgumentCoercion.Coerce(field.Arguments, node.Arguments, node, Variables);
        cache.TryAdd(node, args);
        return args;
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    /// <summary>Coerced arguments of field nodes without variables, shared across requests (documents are cached, so nodes repeat).</summary>
    private static readonly ConditionalWeakTable<FieldNode, SharedArguments> LiteralArguments = new();

    /// <summary>The field the arguments were coerced for: a parsed document may run against more than one schema.</summary>
    private sealed record SharedArguments(FieldDefinition Field, IReadOnlyDictionary<string, object?> Arguments);

    private static bool UsesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments) if (UsesVariables(argument.Value)) return true;
        return false;
    }

    private static bool UsesVariables(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Values) if (UsesVariables(item)) return true;
                return false;
            case ObjectValueNode obj:
                foreach (var member in obj.Fields) if (UsesVariables(member.Value)) return true;
                return false;
            default:
                return false;
        }
    }

    private object? HandleFieldError(Exception exception, IGraphQLType returnType, List<FieldNode> nodes, LazyPath path)
    {
        if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested) throw exception;
        AddError(ToError(exception, nodes, path));
        return returnType is NonNullType ? Invalid : null;
    }

    private GraphQLError ToError(Exception exception, List<FieldNode> nodes, LazyPath path)
    {
        if (exception is System.Reflection.TargetInvocationException { InnerException: { } inner }) exception = inner;
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate) exception = aggregate.InnerExceptions[0];
        var locations = exception is LocatedException located
            ? GraphQLError.LocationsOf(located.Node)
            : GraphQLError.LocationsOf(nodes.ToArray());
        var pathList = path.Value.ToList();
        if (exception is GraphQLException gql)
            return new GraphQLError(gql.Message, locations, pathList, gql.AllExtensions) { Exception = exception };
        GraphQLError error;
        if (_options.IncludeExceptionDetails)
        {
            error = new GraphQLError(exception.Message, locations, pathList, new Dictionary<string, object?>
            {
                ["code"] = ErrorCodes.InternalError,
                ["exception"] = new Dictionary<string, object?>
                {
                    ["type"] = exception.GetType().FullName,
                    ["message"] = exception.Message,
                    ["stackTrace"] = exception.StackTrace,
                },
            })
            { Exception = exception };
        }
        else
        {
            error = new GraphQLError("Unexpected Execution Error", locations, pathList,
                new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalError })
            { Exception = exception };
        }
        _options.OnUnexpectedError?.Invoke(exception, error);
        return error;
    }

    /// <summary>Spec §6.4.3 CompleteValue. A nullable position absorbs a propagating null; a non-null one passes it on.</summary>
    private ValueTask<object?> CompleteValueAsync(IGraphQLType returnType, ObjectType parentType, FieldDefinition field,
        List<FieldNode> nodes, LazyPath path, object? result)
    {
        if (returnType is NonNullType nonNull)
        {
            var inner = CompleteInnerAsync(nonNull.OfType, parentType, field, nodes, path, result);
            if (inner.IsCompletedSuccessfully) return new ValueTask<object?>(CheckNonNull(inner.Result, parentType, field, nodes, path));
            return AwaitNonNull(inner, parentType, field, nodes, path);
        }
        var completed = CompleteInnerAsync(returnType, parentType, field, nodes, path, result);
        if (completed.IsCompletedSuccessfully)
        {
            var value = completed.Result; // read once: a ValueTask may be backed by a pooled source
            return new ValueTask<object?>(ReferenceEquals(value, Invalid) ? null : value);
        }
        return AbsorbInvalid(completed);
    }

    /// <summary>Completes a value of a nullable type; may return <see cref="InputCoercion.Invalid"/> when a non-null child failed.</summary>
    private ValueTask<object?> CompleteInnerAsync(IGraphQLType returnType, ObjectType parentType, FieldDefinition field,
        List<FieldNode> nodes, LazyPath path, object? result)
    {
        if (result is null) return new ValueTask<object?>((object?)null);
        switch (returnType)
        {
            case ScalarType scalar:
                return new ValueTask<object?>(SerializeScalar(scalar, result));
            case EnumType enumType:
                return new ValueTask<object?>(enumType.Serialize(result));
            case ListType list:
                return CompleteListAsync(list, parentType, field, nodes, path, result);
            case ObjectType objectType:
                return CompleteObjectAsync(objectType, nodes, path, result);
            case IAbstractType abstractType:
            {
                var runtimeType = Schema.ResolveAbstractType(abstractType, result);
                if (runtimeType is null)
                    throw new GraphQLException($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
                if (!Schema.IsSubType(abstractType, runtimeType))
                    throw new GraphQLException($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".");
                return CompleteObjectAsync(runtimeType, nodes, path, result);
            }
            default:
                throw new InvalidOperationException($"Cannot complete value of unexpected output type: {returnType}.");
        }
    }

    private static async ValueTask<object?> AbsorbInvalid(ValueTask<object?> completed)
    {
        var value = await completed.ConfigureAwait(false);
        return ReferenceEquals(value, Invalid) ? null : value;
    }

    private async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, ObjectType parentType, FieldDefinition field, List<FieldNode> nodes, LazyPath path)
        => CheckNonNull(await inner.ConfigureAwait(false), parentType, field, nodes, path);

    private object? CheckNonNull(object? value, ObjectType parentType, FieldDefinition field, List<FieldNode> nodes, LazyPath path)
    {
        if (ReferenceEquals(value, Invalid)) return Invalid;
        if (value is not null) return value;
        AddError(new GraphQLError($"Cannot return null for non-nullable field {parentType.Name}.{field.Name}.", GraphQLError.LocationsOf(nodes.ToArray()), path.Value.ToList()));
        return Invalid;
    }

    internal static object SerializeScalar(ScalarType scalar, object result)
    {
        object serialized;
        try
        {
            serialized = scalar.Serialize(result);
        }
        catch (GraphQLException)
        {
            throw;
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new GraphQLException($"{scalar.Name} cannot represent value: {ValueLiterals.Inspect(result)}", inner: ex);
        }
        return serialized ?? throw new GraphQLException($"Expected `{scalar.Name}.serialize({ValueLiterals.Inspect(result)})` to return non-nullable value, returned: null");
    }

    private ValueTask<object?> CompleteObjectAsync(ObjectType objectType, List<FieldNode> nodes, LazyPath path, object result)
    {
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
            throw new GraphQLException($"Expected value of type \"{objectType.Name}\" but got: {ValueLiterals.Inspect(result)}.");
        if (Incremental is not null)
        {
            var usages = (nodes as DeferredFieldNodes)?.Usages;
            var sets = new List<(SelectionSetNode, DeferUsage?)>(nodes.Count);
            for (int i = 0; i < nodes.Count; i++)
                if (nodes[i].SelectionSet is { } set) sets.Add((set, usages?[i]));
            var collected = FieldCollector.CollectIncremental(Schema, objectType, sets, Fragments, Variables);
            return ExecutePlanAsync(objectType, result, path.Value, collected, serial: false);
        }
        var subfields = CollectSubfields(objectType, nodes);
        return ExecuteFieldsAsync(objectType, result, path.Value, subfields);
    }

    private ValueTask<object?> CompleteListAsync(ListType listType, ObjectType parentType, FieldDefinition field,
        List<FieldNode> nodes, LazyPath path, object result)
    {
        if (result is string || result is IReadOnlyDictionary<string, object?>)
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Name}\".");
        if (result is IAsyncEnumerable<object?> asyncItems) return CompleteAsyncListAsync(listType, parentType, field, nodes, path, asyncItems);
        if (result is not IEnumerable items)
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Name}\".");

        var itemType = listType.OfType;
        if (Incremental is not null && path.Value.Key is string && GetStreamUsage(nodes) is { } stream)
            return CompleteStreamedListAsync(itemType, parentType, field, nodes, path.Value, stream, items.Cast<object?>().GetEnumerator(), null);
        var listPath = path.Value;
        List<(int Index, Task<object?> Task)>? pending = null;
        bool invalid = false;
        // Indexed lists (List<T>, arrays, Take over a list) fill an array of their size directly: no growing list,
        // no copy, no boxed enumerator. IReadOnlyList<object?> matches lists of any reference type (covariance).
        if (result is IReadOnlyList<object?> readOnlyList)
        {
            var array = new object?[readOnlyList.Count];
            for (int i = 0; i < array.Length; i++) CompleteItem(itemType, parentType, field, nodes, listPath, i, readOnlyList[i], array, ref pending, ref invalid);
            return pending is null ? new ValueTask<object?>(invalid ? Invalid : array) : AwaitListAsync(array, pending, invalid);
        }
        if (result is IList indexed)
        {
            var array = new object?[indexed.Count];
            for (int i = 0; i < array.Length; i++) CompleteItem(itemType, parentType, field, nodes, listPath, i, indexed[i], array, ref pending, ref invalid);
            return pending is null ? new ValueTask<object?>(invalid ? Invalid : array) : AwaitListAsync(array, pending, invalid);
        }
        var values = new List<object?>(result is ICollection c ? c.Count : 4);
        int index = 0;
        foreach (var item in items)
        {
            var itemPath = LazyPath.Item(listPath, index);
            ValueTask<object?> completion;
            try
            {
                completion = CompleteValueAsync(itemType, parentType, field, nodes, itemPath, item);
            }
            catch (Exception ex)
            {
                completion = new ValueTask<object?>(HandleFieldError(ex, itemType, nodes, itemPath));
            }
            if (completion.IsCompletedSuccessfully)
            {
                var value = completion.Result; // read once: a ValueTask may be backed by a pooled source
                if (ReferenceEquals(value, Invalid)) invalid = true;
                values.Add(value);
            }
            else
            {
                values.Add(null);
                (pending ??= new()).Add((index, GuardItemAsync(completion, itemType, nodes, itemPath).AsTask()));
            }
            index++;
        }
        var collected = values.ToArray();
        if (pending is null) return new ValueTask<object?>(invalid ? Invalid : collected);
        return AwaitListAsync(collected, pending, invalid);
    }

    /// <summary>Completes one list item into its slot; an item still running is awaited later, in order.</summary>
    private void CompleteItem(IGraphQLType itemType, ObjectType parentType, FieldDefinition field, List<FieldNode> nodes, ResultPath listPath,
        int index, object? item, object?[] values, ref List<(int Index, Task<object?> Task)>? pending, ref bool invalid)
    {
        var itemPath = LazyPath.Item(listPath, index);
        ValueTask<object?> completion;
        try
        {
            completion = CompleteValueAsync(itemType, parentType, field, nodes, itemPath, item);
        }
        catch (Exception ex)
        {
            completion = new ValueTask<object?>(HandleFieldError(ex, itemType, nodes, itemPath));
        }
        if (completion.IsCompletedSuccessfully)
        {
            var value = completion.Result; // read once: a ValueTask may be backed by a pooled source
            if (ReferenceEquals(value, Invalid)) invalid = true;
            values[index] = value;
        }
        else
        {
            (pending ??= new()).Add((index, GuardItemAsync(completion, itemType, nodes, itemPath).AsTask()));
        }
    }

    private async ValueTask<object?> GuardItemAsync(ValueTask<object?> completion, IGraphQLType itemType, List<FieldNode> nodes, LazyPath itemPath)
    {
        try
        {
            return await completion.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, itemType, nodes, itemPath);
        }
    }

    private static async ValueTask<object?> AwaitListAsync(object?[] values, List<(int Index, Task<object?> Task)> pending, bool invalid)
    {
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            if (ReferenceEquals(value, Invalid)) invalid = true;
            values[index] = value;
        }
        return invalid ? Invalid : values;
    }

    private async ValueTask<object?> CompleteAsyncListAsync(ListType listType, ObjectType parentType, FieldDefinition field,
        List<FieldNode> nodes, LazyPath path, IAsyncEnumerable<object?> items)
    {
        if (Incremental is not null && path.Value.Key is string && GetStreamUsage(nodes) is { } stream)
            return await CompleteStreamedListAsync(listType.OfType, parentType, field, nodes, path.Value, stream, null, items.GetAsyncEnumerator(CancellationToken)).ConfigureAwait(false);
        var buffered = new List<object?>();
        await foreach (var item in items.WithCancellation(CancellationToken).ConfigureAwait(false)) buffered.Add(item);
        return await CompleteListAsync(listType, parentType, field, nodes, path, buffered).ConfigureAwait(false);
    }
}

/// <summary>A response path built only when needed (errors, resolver contexts, sub-selections), so leaf fields cost no allocation for it.</summary>
internal readonly struct LazyPath
{
    private readonly ResultPath? _parent;
    private readonly string? _key;
    private readonly int _index;
    private readonly ResultPath? _path;

    public LazyPath(ResultPath path)
    {
        _path = path;
        _parent = null;
        _key = null;
        _index = 0;
    }

    private LazyPath(ResultPath? parent, string? key, int index)
    {
        _path = null;
        _parent = parent;
        _key = key;
        _index = index;
    }

    public static LazyPath Field(ResultPath? parent, string key) => new(parent, key, 0);

    public static LazyPath Item(ResultPath list, int index) => new(list, null, index);

    public ResultPath Value => _path ?? (_key is not null
        ? (_parent is null ? ResultPath.Root(_key) : _parent.Append(_key))
        : _parent!.Append(_index));
}
