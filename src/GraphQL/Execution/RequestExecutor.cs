using System.Runtime.CompilerServices;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Execution;

/// <summary>Runs GraphQL requests against a schema.</summary>
public interface IRequestExecutor
{
    /// <summary>The schema.</summary>
    Schema Schema { get; }

    /// <summary>The settings.</summary>
    RequestExecutorOptions Options { get; }

    /// <summary>
    /// Parses (cached), validates, coerces variables and executes. For a subscription operation the result carries
    /// <see cref="ExecutionResult.Stream"/> (one result per event) unless setting it up failed.
    /// </summary>
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider services, CancellationToken cancellationToken = default);

    /// <summary>Runs a subscription: yields one result per source event, or a single error result if it could not start.</summary>
    IAsyncEnumerable<ExecutionResult> SubscribeAsync(GraphQLRequest request, IServiceProvider services, CancellationToken cancellationToken = default);
}

/// <summary>The request pipeline: parse (LRU cached), validate (cached), select the operation, coerce variables, per-request rules, execute.</summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly LeastRecentlyUsedCache<CachedDocument> _cache;

    /// <summary>Creates an executor for a schema.</summary>
    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        Schema = schema;
        Options = options ?? new RequestExecutorOptions();
        _cache = new LeastRecentlyUsedCache<CachedDocument>(Options.DocumentCacheSize, Options.DocumentCacheMaxChars);
    }

    /// <inheritdoc/>
    public Schema Schema { get; }

    /// <inheritdoc/>
    public RequestExecutorOptions Options { get; }

    /// <summary>Number of documents in the cache.</summary>
    public int CachedDocumentCount => _cache.Count;

    /// <inheritdoc/>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider services, CancellationToken cancellationToken = default)
    {
        // The time budget starts before parsing: validating a hostile document must not outlast it either (issue 10).
        using var timeout = Options.ExecutionTimeout is { } limit ? new CancellationTokenSource(limit) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked?.Token ?? cancellationToken;
        var started = System.Diagnostics.Stopwatch.StartNew();
        OperationType? operationType = null;
        try
        {
            var prepared = Prepare(request, services, token);
            if (prepared.Error is not null) return prepared.Error;
            var (run, rootType, operation) = (prepared.Run!, prepared.RootType!, prepared.Operation!);
            operationType = operation.Operation;

            // A subscription stream outlives the execution timeout: only the caller's token ends it.
            if (operation.Operation == OperationType.Subscription)
                return await StartSubscriptionAsync(prepared, request, cancellationToken).ConfigureAwait(false);

            var bound = run.WithToken(token);
            bool serial = operation.Operation == OperationType.Mutation || Options.ExecuteQueriesSerially;
            bool incremental = request.AllowIncrementalDelivery && IncrementalDirectives.IsEnabled(Schema)
                && OperationRun.UsesIncrementalDirectives(operation, run.Fragments);
            if (incremental) bound.EnableIncremental();
            if (prepared.Cached?.Introspection is { } known && ReferenceEquals(known.Operation, operation))
                return new ExecutionResult { Data = known.Data, HasData = true, Status = RequestStatus.Executed, OperationType = operation.Operation };
            // Queries only (mutations keep the serial general path), and never data that the introspection cache
            // keeps for other callers, who read it as maps and arrays.
            bool writesFragments = request.WritesDataAsJson && operation.Operation == OperationType.Query && !serial && !incremental
                && !IntrospectionResultCache.IsCacheable(operation);
            if (writesFragments) bound.JsonFragments = new JsonFragmentBuffer();
            var data = await bound.ExecuteRootAsync(rootType, request.RootValue, serial).ConfigureAwait(false);
            if (prepared.Cached is { } cachedDocument && data is not null && bound.Errors is null && !incremental
                && IntrospectionResultCache.IsCacheable(operation))
            {
                data.Utf8Json = ExecutionResultWriter.ToUtf8(data);
                cachedDocument.Introspection = new IntrospectionResult(operation, data);
            }
            if (incremental)
            {
                var publisher = new Execution.Incremental.IncrementalPublisher(bound);
                var pending = publisher.Start(bound.TakeDiscovered(), data);
                if (publisher.HasNext)
                {
                    var remaining = Options.ExecutionTimeout is { } budget ? budget - started.Elapsed : (TimeSpan?)null;
                    return new ExecutionResult
                    {
                        Data = data, HasData = true, Errors = bound.Errors, Status = RequestStatus.Executed, OperationType = operation.Operation,
                        Pending = pending, Subsequent = SubsequentAsync(publisher, bound, remaining, cancellationToken),
                    };
                }
            }
            return new ExecutionResult
            {
                Data = data, HasData = true, Errors = bound.Errors, Status = RequestStatus.Executed, OperationType = operation.Operation,
                JsonFragments = bound.JsonFragments,
            };
        }
        catch (OperationCanceledException) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.RequestError(RequestStatus.Timeout, new[]
            {
                new GraphQLError($"The request exceeded the execution timeout of {Options.ExecutionTimeout!.Value.TotalSeconds:0.###} seconds.",
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Timeout }),
            }, operationType);
        }
    }

    private string TimeoutMessage => $"The request exceeded the execution timeout of {Options.ExecutionTimeout!.Value.TotalSeconds:0.###} seconds.";

    /// <summary>
    /// The payloads after the initial one, under what is left of the time budget and the caller's cancellation
    /// (disconnect). When the budget runs out, everything still pending completes with the timeout error.
    /// </summary>
    private async IAsyncEnumerable<SubsequentResult> SubsequentAsync(Execution.Incremental.IncrementalPublisher publisher, OperationRun run,
        TimeSpan? remaining, CancellationToken requestToken, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var timeout = remaining is { } left ? new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1)) : null;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestToken, cancellationToken, timeout?.Token ?? CancellationToken.None);
        run.WithToken(linked.Token);
        var payloads = publisher.RunAsync(linked.Token).GetAsyncEnumerator(linked.Token);
        try
        {
            while (true)
            {
                bool timedOut = false;
                try
                {
                    if (!await payloads.MoveNextAsync().ConfigureAwait(false)) yield break;
                }
                catch (OperationCanceledException) when (timeout is { IsCancellationRequested: true } && !requestToken.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    timedOut = true;
                }
                if (timedOut)
                {
                    yield return publisher.Abort(new GraphQLError(TimeoutMessage, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Timeout }));
                    yield break;
                }
                yield return payloads.Current;
            }
        }
        finally
        {
            await payloads.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<ExecutionResult> SubscribeAsync(GraphQLRequest request, IServiceProvider services,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var result = await ExecuteAsync(request, services, cancellationToken).ConfigureAwait(false);
        if (!result.IsStream)
        {
            yield return result;
            yield break;
        }
        await foreach (var item in result.Stream.WithCancellation(cancellationToken).ConfigureAwait(false)) yield return item;
    }

    private sealed class Prepared
    {
        public ExecutionResult? Error;
        public OperationRun? Run;
        public ObjectType? RootType;
        public OperationDefinitionNode? Operation;

        /// <summary>The document cache's entry; null for a request that brought its own parsed document.</summary>
        public CachedDocument? Cached;
    }

    private Prepared Prepare(GraphQLRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // 1. Parse (cached with validation).
        CachedDocument? cached;
        bool fromCache = request.Document is null;
        if (request.Document is not null)
        {
            cached = new CachedDocument(request.Document, Validate(request.Document, cancellationToken));
        }
        else
        {
            var query = request.Query;
            if (string.IsNullOrEmpty(query))
                return Fail(RequestStatus.SyntaxError, new GraphQLError("Must provide query string.", extensions: Code(ErrorCodes.SyntaxError)));
            if (!_cache.TryGet(query, out cached))
            {
                DocumentNode document;
                try
                {
                    document = Parser.Parse(new Source(query), Options.ParserOptions);
                }
                catch (GraphQLSyntaxException ex)
                {
                    return Fail(RequestStatus.SyntaxError, new GraphQLError(ex.Message, new[] { ex.Location }, extensions: Code(ErrorCodes.SyntaxError)));
                }
                // A cancelled validation throws before the cache: an unfinished verdict is never reused.
                cached = new CachedDocument(document, Validate(document, cancellationToken));
                _cache.Add(query, cached);
            }
        }
        // 2. Validation.
        if (cached!.ValidationErrors.Count > 0) return Fail(RequestStatus.ValidationError, cached.ValidationErrors.ToArray());

        // 3. Operation.
        var document2 = cached.Document;
        var (operation, operationError) = GetOperation(document2, request.OperationName);
        if (operation is null) return Fail(RequestStatus.OperationResolutionError, operationError!);
        if (request.AllowedOperations is { } allowed && !allowed.Contains(operation.Operation))
        {
            return Fail(RequestStatus.OperationNotAllowed, new GraphQLError(
                $"{Capitalize(Printer.OperationName(operation.Operation))} operations are not allowed for this request.",
                GraphQLError.LocationsOf(operation), extensions: Code("OPERATION_NOT_ALLOWED")), operation.Operation);
        }

        var rootType = Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return Fail(RequestStatus.ValidationError, new GraphQLError(
                $"Schema is not configured to execute {Printer.OperationName(operation.Operation)} operation.", GraphQLError.LocationsOf(operation)), operation.Operation);
        }

        // 4. Variables.
        var (variables, variableErrors) = VariableCoercion.Coerce(Schema, operation, request.Variables, Options.MaxVariableErrors);
        if (variableErrors.Count > 0) return Fail(RequestStatus.VariableError, variableErrors.ToArray(), operation.Operation);

        // Resolvers run concurrently: per-request data must be thread-safe.
        IDictionary<string, object?> contextData = request.ContextData as System.Collections.Concurrent.ConcurrentDictionary<string, object?>
            ?? new System.Collections.Concurrent.ConcurrentDictionary<string, object?>(request.ContextData ?? new Dictionary<string, object?>());
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document2.Definitions)
            if (definition is FragmentDefinitionNode f) fragments.TryAdd(f.Name.Value, f);

        // 5. Per-request rules.
        if (Options.RequestRules.Count > 0)
        {
            var context = new RequestContext(Schema, request, document2, operation, variables, services, contextData) { CancellationToken = cancellationToken };
            var ruleErrors = new List<GraphQLError>();
            foreach (var rule in Options.RequestRules) ruleErrors.AddRange(rule.Check(context));
            if (ruleErrors.Count > 0) return Fail(RequestStatus.ValidationError, ruleErrors.ToArray(), operation.Operation);
        }

        return new Prepared
        {
            Run = new OperationRun(Schema, operation, fragments, variables, services, contextData, Options, CancellationToken.None),
            RootType = rootType,
            Operation = operation,
            Cached = fromCache ? cached : null,
        };
    }

    private IReadOnlyList<GraphQLError> Validate(DocumentNode document, CancellationToken cancellationToken)
        => Options.Validator?.Validate(Schema, document, cancellationToken) ?? Array.Empty<GraphQLError>();

    private static Prepared Fail(RequestStatus status, params GraphQLError[] errors) => new() { Error = ExecutionResult.RequestError(status, errors) };

    private static Prepared Fail(RequestStatus status, GraphQLError[] errors, OperationType operationType)
        => new() { Error = ExecutionResult.RequestError(status, errors, operationType) };

    private static Prepared Fail(RequestStatus status, GraphQLError error, OperationType operationType)
        => new() { Error = ExecutionResult.RequestError(status, new[] { error }, operationType) };

    private static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };

    private static string Capitalize(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Spec §6.1 GetOperation, with graphql-js messages.</summary>
    public static (OperationDefinitionNode? Operation, GraphQLError? Error) GetOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? operation = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate) continue;
            if (string.IsNullOrEmpty(operationName))
            {
                if (operation is not null)
                    return (null, new GraphQLError("Must provide operation name if query contains multiple operations.", extensions: Code(ErrorCodes.OperationResolutionFailure)));
                operation = candidate;
            }
            else if (candidate.Name?.Value == operationName)
            {
                operation = candidate;
            }
        }
        if (operation is null)
        {
            return (null, new GraphQLError(string.IsNullOrEmpty(operationName) ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".",
                extensions: Code(ErrorCodes.OperationResolutionFailure)));
        }

        return (operation, null);
    }

    // ---- subscriptions (spec §6.2.3) ----------------------------------------------------------

    /// <summary>Creates the source event stream now (so that its errors are known before any event) and maps it to responses.</summary>
    private async Task<ExecutionResult> StartSubscriptionAsync(Prepared prepared, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var run = prepared.Run!.WithToken(cancellationToken);
        var rootType = prepared.RootType!;
        var fields = FieldCollector.Collect(Schema, rootType, new[] { prepared.Operation!.SelectionSet }, run.Fragments, run.Variables);
        if (fields.Count == 0)
            return ExecutionResult.RequestError(RequestStatus.ValidationError, new[] { new GraphQLError("Subscription has no fields to execute.") }, OperationType.Subscription);
        var field = fields.Definitions[0];
        var nodes = fields.Nodes[0];
        var path = ResultPath.Root(fields.Keys[0]);
        IAsyncEnumerable<object?> source;
        try
        {
            source = await run.CreateSourceStreamAsync(rootType, request.RootValue, field, nodes, path).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ExecutionResult.RequestError(RequestStatus.Executed, new[] { run.ToErrorPublic(ex, nodes, path) }, OperationType.Subscription);
        }
        return new ExecutionResult
        {
            Status = RequestStatus.Executed,
            OperationType = OperationType.Subscription,
            Stream = MapSourceToResponseEvents(run, rootType, source, cancellationToken),
        };
    }

    /// <summary>Spec §6.2.3.2 MapSourceToResponseEvent: each event executes the selection set with the event as the root value.</summary>
    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvents(OperationRun run, ObjectType rootType,
        IAsyncEnumerable<object?> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var sourceEvent in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var eventRun = run.ForEvent();
            var data = await eventRun.ExecuteRootAsync(rootType, new SubscriptionEvent(sourceEvent), serial: false).ConfigureAwait(false);
            yield return new ExecutionResult { Data = data, HasData = true, Errors = eventRun.Errors, Status = RequestStatus.Executed, OperationType = OperationType.Subscription };
        }
    }
}

/// <summary>The root value while executing a subscription event: subscription fields resolve to the event itself.</summary>
public sealed class SubscriptionEvent
{
    /// <summary>Wraps an event.</summary>
    public SubscriptionEvent(object? payload) => Payload = payload;

    /// <summary>The event from the source stream.</summary>
    public object? Payload { get; }
}
