using System.Linq.Expressions;
using System.Reflection;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Types;

/// <summary>How a resolver method parameter gets its value.</summary>
internal enum ParameterSource { Argument, Service, Parent, Context, CancellationToken }

/// <summary>One parameter's binding.</summary>
internal sealed record ParameterBinding(ParameterSource Source, string? ArgumentName = null);

/// <summary>Compiles resolver members into delegates with expression trees once, so that no reflection runs per call.</summary>
internal static class ResolverCompiler
{
    private static readonly MethodInfo ReadArgumentMethod = typeof(ResolverCompiler).GetMethod(nameof(ReadArgument), BindingFlags.Static | BindingFlags.NonPublic)!;
    private static readonly MethodInfo GetServiceMethod = typeof(ResolverCompiler).GetMethod(nameof(GetService), BindingFlags.Static | BindingFlags.NonPublic)!;
    private static readonly PropertyInfo ParentProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.Parent))!;
    private static readonly PropertyInfo AbortedProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.RequestAborted))!;

    /// <summary>Compiles a call of <paramref name="method"/> on an instance with parameters bound from the context.</summary>
    public static Func<object?, IResolverContext, object?> CompileMethod(MethodInfo method, IReadOnlyList<ParameterBinding> bindings)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var parameters = method.GetParameters();
        var arguments = new Expression[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            var type = p.ParameterType;
            arguments[i] = bindings[i].Source switch
            {
                ParameterSource.Argument => Expression.Convert(Expression.Call(ReadArgumentMethod, context, Expression.Constant(bindings[i].ArgumentName),
                    Expression.Constant(type, typeof(Type)), Expression.Constant(DefaultFor(p), typeof(object))), type),
                ParameterSource.Service => Expression.Convert(Expression.Call(GetServiceMethod, context, Expression.Constant(type, typeof(Type)),
                    Expression.Constant(IsOptional(p))), type),
                ParameterSource.Parent => Expression.Convert(Expression.Property(context, ParentProperty), type),
                ParameterSource.Context => Expression.Convert(context, type),
                ParameterSource.CancellationToken => Expression.Property(context, AbortedProperty),
                _ => throw new InvalidOperationException(),
            };
        }
        Expression call = method.IsStatic
            ? Expression.Call(method, arguments)
            : Expression.Call(Expression.Convert(instance, method.DeclaringType!), method, arguments);
        Expression body = method.ReturnType == typeof(void)
            ? Expression.Block(call, Expression.Constant(null, typeof(object)))
            : Expression.Convert(call, typeof(object));
        return Expression.Lambda<Func<object?, IResolverContext, object?>>(body, instance, context).Compile();
    }

    private static object? DefaultFor(ParameterInfo p)
    {
        if (p.HasDefaultValue && p.DefaultValue is not null && p.DefaultValue is not DBNull) return p.DefaultValue;
        return p.ParameterType.IsValueType && Nullable.GetUnderlyingType(p.ParameterType) is null ? Activator.CreateInstance(p.ParameterType) : null;
    }

    private static bool IsOptional(ParameterInfo p)
        => p.HasDefaultValue || new NullabilityInfoContext().Create(p).ReadState == NullabilityState.Nullable;

    private static object? ReadArgument(IResolverContext context, string name, Type type, object? defaultValue)
    {
        if (!context.Arguments.TryGetValue(name, out var value) || value is null) return defaultValue;
        return ValueConverter.Convert(value, type);
    }

    private static object? GetService(IResolverContext context, Type type, bool optional)
    {
        var service = context.Services.GetService(type);
        if (service is null && !optional)
            throw new InvalidOperationException($"The resolver {context.ParentType.Name}.{context.Field.Name} needs the service {type.FullName}, which is not registered.");
        return service;
    }

    /// <summary>A delegate that awaits a Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt; result; null when the type is not awaitable.</summary>
    public static Func<object?, ValueTask<object?>>? CreateAwaiter(Type returnType)
    {
        if (returnType == typeof(Task)) return static async o => { if (o is Task t) await t.ConfigureAwait(false); return null; };
        if (returnType == typeof(ValueTask)) return static async o => { if (o is ValueTask t) await t.ConfigureAwait(false); return null; };
        if (returnType.IsGenericType)
        {
            var def = returnType.GetGenericTypeDefinition();
            var arg = returnType.GetGenericArguments()[0];
            if (def == typeof(Task<>))
            {
                return typeof(ResolverCompiler).GetMethod(nameof(TaskAwaiter), BindingFlags.Static | BindingFlags.NonPublic)!
                    .MakeGenericMethod(arg).CreateDelegate<Func<object?, ValueTask<object?>>>();
            }

            if (def == typeof(ValueTask<>))
            {
                return typeof(ResolverCompiler).GetMethod(nameof(ValueTaskAwaiter), BindingFlags.Static | BindingFlags.NonPublic)!
                    .MakeGenericMethod(arg).CreateDelegate<Func<object?, ValueTask<object?>>>();
            }
        }
        return null;
    }

    private static ValueTask<object?> TaskAwaiter<T>(object? value)
    {
        if (value is not Task<T> task) return new ValueTask<object?>((object?)null);
        if (task.IsCompletedSuccessfully) return new ValueTask<object?>(task.Result);
        return Await(task);
        static async ValueTask<object?> Await(Task<T> t) => await t.ConfigureAwait(false);
    }

    private static ValueTask<object?> ValueTaskAwaiter<T>(object? value)
    {
        if (value is not ValueTask<T> task) return new ValueTask<object?>((object?)null);
        if (task.IsCompletedSuccessfully) return new ValueTask<object?>(task.Result);
        return Await(task);
        static async ValueTask<object?> Await(ValueTask<T> t) => await t.ConfigureAwait(false);
    }

    /// <summary>A delegate turning an IAsyncEnumerable&lt;T&gt; or IObservable&lt;T&gt; into IAsyncEnumerable&lt;object?&gt;; null for other types.</summary>
    public static Func<object?, IAsyncEnumerable<object?>?>? CreateStreamAdapter(Type type)
    {
        var asyncItem = FindGeneric(type, typeof(IAsyncEnumerable<>));
        if (asyncItem is not null)
        {
            if (!asyncItem.IsValueType) return static o => o as IAsyncEnumerable<object?>;
            return typeof(StreamAdapters).GetMethod(nameof(StreamAdapters.BoxAsyncEnumerable))!
                .MakeGenericMethod(asyncItem).CreateDelegate<Func<object?, IAsyncEnumerable<object?>?>>();
        }
        var observableItem = FindGeneric(type, typeof(IObservable<>));
        if (observableItem is not null)
        {
            return typeof(StreamAdapters).GetMethod(nameof(StreamAdapters.FromObservable))!
                .MakeGenericMethod(observableItem).CreateDelegate<Func<object?, IAsyncEnumerable<object?>?>>();
        }

        return null;
    }

    /// <summary>The T of <paramref name="generic"/>&lt;T&gt; when <paramref name="type"/> is or implements it.</summary>
    public static Type? FindGeneric(Type type, Type generic)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == generic) return type.GetGenericArguments()[0];
        foreach (var i in type.GetInterfaces())
            if (i.IsGenericType && i.GetGenericTypeDefinition() == generic) return i.GetGenericArguments()[0];
        return null;
    }
}

/// <summary>Adapters from CLR streams to the engine's <c>IAsyncEnumerable&lt;object?&gt;</c>.</summary>
public static class StreamAdapters
{
    /// <summary>Boxes the items of a value-type stream.</summary>
    public static IAsyncEnumerable<object?>? BoxAsyncEnumerable<T>(object? source)
        => source is IAsyncEnumerable<T> items ? Box(items) : null;

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> items,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false)) yield return item;
    }

    /// <summary>Subscribes to an observable for as long as the stream is enumerated; items are buffered in order.</summary>
    public static IAsyncEnumerable<object?>? FromObservable<T>(object? source)
        => source is IObservable<T> observable ? Observe(observable) : null;

    private static async IAsyncEnumerable<object?> Observe<T>(IObservable<T> observable,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = System.Threading.Channels.Channel.CreateUnbounded<object?>(new() { SingleReader = true });
        using var subscription = observable.Subscribe(new ChannelObserver<T>(channel.Writer));
        await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false)) yield return item;
    }

    private sealed class ChannelObserver<T>(System.Threading.Channels.ChannelWriter<object?> writer) : IObserver<T>
    {
        public void OnCompleted() => writer.TryComplete();
        public void OnError(Exception error) => writer.TryComplete(error);
        public void OnNext(T value) => writer.TryWrite(value);
    }
}
