namespace ReportGraph.GraphQL.Execution;

/// <summary>Produces a field's value; may complete synchronously.</summary>
public delegate ValueTask<object?> FieldResolverDelegate(IResolverContext context);

/// <summary>Creates a subscription's source event stream (an <see cref="IAsyncEnumerable{T}"/> of events).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolverDelegate(IResolverContext context);

/// <summary>One step of a field's pipeline: reads and sets <see cref="IMiddlewareContext.Result"/>.</summary>
public delegate ValueTask FieldDelegate(IMiddlewareContext context);

/// <summary>Wraps the rest of a field's pipeline (HotChocolate <c>UseField</c> style): call <c>next</c> to run the resolver.</summary>
public delegate FieldDelegate FieldMiddleware(FieldDelegate next);
