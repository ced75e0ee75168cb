using System.Buffers.Text;
using System.Linq.Expressions;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace ReportGraph.GraphQL.Data;

/// <summary>One sort key of a keyset order, over <see cref="KeysetOrder{T}.Parameter"/>.</summary>
/// <param name="Body">The key, e.g. <c>x.CreatedAt</c>.</param>
/// <param name="Descending">Largest first.</param>
/// <param name="CanBeNull">Whether the key can be null; null sorts as the smallest value (first ascending, last descending).</param>
internal sealed record KeysetKey(Expression Body, bool Descending, bool CanBeNull);

/// <summary>
/// The total order a keyset-paged query is read in: the last ordering applied to the query (<c>order:</c> of
/// <see cref="UseSortingAttribute"/>, else the resolver's own <c>OrderBy/ThenBy</c> on the item type), then the field's
/// unique key as tiebreaker. Applies that order itself so that nulls sort the same on every provider.
/// </summary>
internal sealed class KeysetOrder<T>
{
    private static readonly HashSet<string> OrderingMethods = new(StringComparer.Ordinal)
        { nameof(Queryable.OrderBy), nameof(Queryable.OrderByDescending), nameof(Queryable.ThenBy), nameof(Queryable.ThenByDescending) };

    private KeysetOrder(ParameterExpression parameter, IReadOnlyList<KeysetKey> keys)
    {
        Parameter = parameter;
        Keys = keys;
        Types = keys.Select(k => k.Body.Type).ToArray();
        NeedsOffsets = keys.Any(k => (Nullable.GetUnderlyingType(k.Body.Type) ?? k.Body.Type).IsEnum);
        var description = typeof(T).FullName + ":" + string.Join(",", keys.Select(k => k.Body + (k.Descending ? " desc" : " asc")));
        Fingerprint = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(description)).AsSpan(0, 9));
    }

    /// <summary>The item every key reads from.</summary>
    public ParameterExpression Parameter { get; }

    /// <summary>The keys, most significant first; the last one is unique.</summary>
    public IReadOnlyList<KeysetKey> Keys { get; }

    /// <summary>The C# types of the keys' values.</summary>
    public IReadOnlyList<Type> Types { get; }

    /// <summary>
    /// True when a key is an enum: stored as text it sorts by name in SQL but compares by number in C#, so no keyset
    /// comparison is right everywhere, and such an order is paged with offset cursors instead.
    /// </summary>
    public bool NeedsOffsets { get; }

    /// <summary>Identifies the order, so that a cursor of another order is refused rather than misread.</summary>
    public string Fingerprint { get; }

    /// <summary>
    /// Reads the order of <paramref name="query"/>: the outermost <c>OrderBy…ThenBy…</c> chain on T, looking through
    /// <c>Where</c> calls (filtering runs after sorting), then <paramref name="uniqueKey"/> unless already one of its keys.
    /// </summary>
    public static KeysetOrder<T> Read(IQueryable<T> query, LambdaExpression uniqueKey, string field)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var found = new List<(LambdaExpression Key, bool Descending)>();
        var node = query.Expression;
        while (node is MethodCallExpression { Method.Name: nameof(Queryable.Where) } where && where.Method.DeclaringType == typeof(Queryable))
            node = where.Arguments[0];
        while (node is MethodCallExpression call && call.Method.DeclaringType == typeof(Queryable) && OrderingMethods.Contains(call.Method.Name))
        {
            if (call.Arguments.Count != 2)
                throw new InvalidOperationException($"{field}: keyset paging cannot read an OrderBy with a custom comparer; order by plain keys.");
            found.Insert(0, ((LambdaExpression)StripQuote(call.Arguments[1]), call.Method.Name.EndsWith("Descending", StringComparison.Ordinal)));
            if (call.Method.Name.StartsWith(nameof(Queryable.OrderBy), StringComparison.Ordinal)) break;
            node = call.Arguments[0];
        }

        var nullability = new NullabilityInfoContext();
        var keys = new List<KeysetKey>();
        foreach (var (key, descending) in found) keys.Add(Key(Rebind(key, parameter), descending, nullability));
        var unique = Rebind(uniqueKey, parameter);
        if (!keys.Any(k => SameMember(k.Body, unique)))
            keys.Add(new KeysetKey(unique, keys.Count > 0 && keys[^1].Descending, CanBeNull: false));
        return new KeysetOrder<T>(parameter, keys);
    }

    /// <summary>Orders <paramref name="query"/> by the keys (reversed for <c>last</c>), nullable keys by "is not null" first.</summary>
    public IQueryable<T> Apply(IQueryable<T> query, bool reverse)
    {
        var expression = query.Expression;
        bool first = true;
        foreach (var key in Keys)
        {
            bool descending = key.Descending ^ reverse;
            if (key.CanBeNull) expression = OrderCall(expression, Expression.NotEqual(key.Body, Expression.Constant(null, key.Body.Type)), descending, ref first);
            expression = OrderCall(expression, key.Body, descending, ref first);
        }
        return query.Provider.CreateQuery<T>(expression);
    }

    /// <summary>Selects each item with its key values, so cursors hold what the database compared (also for keys through navigations).</summary>
    public IQueryable<KeysetRow<T>> WithKeys(IQueryable<T> query)
    {
        var values = Expression.NewArrayInit(typeof(object), Keys.Select(k => Expression.Convert(k.Body, typeof(object))));
        var row = Expression.MemberInit(Expression.New(typeof(KeysetRow<T>)),
            Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Node))!, Parameter),
            Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Keys))!, values));
        return query.Select(Expression.Lambda<Func<T, KeysetRow<T>>>(row, Parameter));
    }

    private static KeysetKey Key(Expression body, bool descending, NullabilityInfoContext nullability) =>
        new(body, descending, CanBeNull(body, nullability));

    private static bool CanBeNull(Expression body, NullabilityInfoContext nullability)
    {
        if (Nullable.GetUnderlyingType(body.Type) is not null) return true;
        if (body.Type.IsValueType) return false;
        // A reference through a chain of members declared non-nullable is never null; anything else may be.
        var node = body;
        while (node is MemberExpression member)
        {
            var state = member.Member switch
            {
                PropertyInfo property => nullability.Create(property).ReadState,
                FieldInfo fieldInfo => nullability.Create(fieldInfo).ReadState,
                _ => NullabilityState.Unknown,
            };
            if (state != NullabilityState.NotNull) return true;
            node = member.Expression;
        }
        return node is not ParameterExpression;
    }

    private MethodCallExpression OrderCall(Expression source, Expression key, bool descending, ref bool first)
    {
        var name = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        first = false;
        return Expression.Call(typeof(Queryable), name, new[] { typeof(T), key.Type }, source, Expression.Quote(Expression.Lambda(key, Parameter)));
    }

    private static bool SameMember(Expression a, Expression b)
        => a is MemberExpression { Expression: ParameterExpression } ma && b is MemberExpression { Expression: ParameterExpression } mb && ma.Member == mb.Member;

    private static Expression StripQuote(Expression expression) => expression is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : expression;

    private static Expression Rebind(LambdaExpression lambda, ParameterExpression parameter)
        => new ParameterReplacer(lambda.Parameters[0], parameter).Visit(lambda.Body);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

/// <summary>An item of a keyset page with its key values, as the database returned them.</summary>
internal sealed class KeysetRow<T>
{
    /// <summary>The item.</summary>
    public T Node { get; init; } = default!;

    /// <summary>The values of the order's keys.</summary>
    public object?[] Keys { get; init; } = [];
}
