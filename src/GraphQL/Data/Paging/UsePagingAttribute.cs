using System.Linq.Expressions;
using System.Reflection;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// Pages a field returning <c>IQueryable&lt;T&gt;</c> or <c>IEnumerable&lt;T&gt;</c> as a Relay connection (HotChocolate's
/// <c>[UsePaging]</c>): adds <c>first/after/last/before</c> and returns <c>XConnection { edges { cursor node } nodes
/// pageInfo { … } totalCount }</c>. With <see cref="UniqueKey"/> the cursors are keyset cursors (stable while rows are
/// inserted and deleted; see <see cref="KeysetPager{T}"/>), without it opaque offsets (<see cref="OffsetCursor"/>). Runs
/// outside <see cref="UseFilteringAttribute"/> and <see cref="UseSortingAttribute"/>, so pages are taken from the filtered,
/// sorted list.
/// </summary>
public sealed class UsePagingAttribute : FieldConfigurationAttribute
{
    /// <summary>The middleware order of paging (outside filtering and sorting, inside plain configuration attributes).</summary>
    public const int DefaultOrder = 100;

    /// <summary>Creates the attribute.</summary>
    public UsePagingAttribute() => Order = DefaultOrder;

    /// <summary>Page size when neither <c>first</c> nor <c>last</c> is given (default 10).</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>Largest allowed <c>first</c>/<c>last</c> (default 50); larger values fail with <see cref="DataErrorCodes.MaxPageSizeExceeded"/>.</summary>
    public int MaxPageSize { get; init; } = 50;

    /// <summary>Adds the <c>totalCount</c> field to the connection type (default true; it costs a COUNT only when selected).</summary>
    public bool IncludeTotalCount { get; init; } = true;

    /// <summary>
    /// The C# name of a property of the item type whose value is unique and never null (e.g. <c>nameof(ScheduleNode.Key)</c>).
    /// Turns on keyset cursors: the order is the query's last <c>OrderBy…ThenBy…</c> on the item type (the <c>order</c>
    /// argument, else the resolver's), then this key. Without it, cursors are offsets.
    /// </summary>
    public string? UniqueKey { get; init; }

    /// <inheritdoc/>
    public override void Configure(FieldDefinition field, FieldConfigurationContext context)
    {
        var where = $"{context.DeclaringType.Name}.{field.Name}";
        var elementType = QueryableSource.ElementType(context.ResultType)
            ?? throw new SchemaBuilderException($"[UsePaging] on {where} needs a resolver returning IQueryable<T> or IEnumerable<T>, not {context.ResultType.Name}.");
        if (DefaultPageSize < 1 || MaxPageSize < DefaultPageSize)
            throw new SchemaBuilderException($"[UsePaging] on {where}: DefaultPageSize ({DefaultPageSize}) must be at least 1 and at most MaxPageSize ({MaxPageSize}).");

        var nodeType = context.Build.GetOutputType(elementType) as INamedType
            ?? throw new SchemaBuilderException($"[UsePaging] on {where}: the item type {elementType.Name} must map to an object, interface or union type.");
        var connection = ConnectionTypes.GetOrCreate(context.Build, nodeType, IncludeTotalCount);
        field.Type = new NonNullType(connection);

        AddArgument(field, "first", Scalars.Int, $"Returns the first n items from the list (at most {MaxPageSize}; default {DefaultPageSize}).");
        AddArgument(field, "after", Scalars.String, "Returns the items that come after the item with this cursor.");
        AddArgument(field, "last", Scalars.Int, $"Returns the last n items from the list (at most {MaxPageSize}).");
        AddArgument(field, "before", Scalars.String, "Returns the items that come before the item with this cursor.");

        var settings = new PagingSettings(DefaultPageSize, MaxPageSize);
        var pager = UniqueKey is null
            ? (IPager)Activator.CreateInstance(typeof(OffsetPager<>).MakeGenericType(elementType))!
            : (IPager)Activator.CreateInstance(typeof(KeysetPager<>).MakeGenericType(elementType), UniqueKeySelector(elementType, where), where)!;
        field.Use(next => async context =>
        {
            var arguments = PagingArguments.From(context, settings, pager);
            await next(context).ConfigureAwait(false);
            context.Result = await pager.PageAsync(context.Result, arguments, context).ConfigureAwait(false);
        });
    }

    private LambdaExpression UniqueKeySelector(Type elementType, string where)
    {
        var property = elementType.GetProperty(UniqueKey!, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new SchemaBuilderException($"[UsePaging] on {where}: UniqueKey \"{UniqueKey}\" is not a public property of {elementType.Name}.");
        var type = property.PropertyType;
        if (Nullable.GetUnderlyingType(type) is not null || type.IsEnum || type == typeof(bool) || !(type.IsValueType || type == typeof(string)))
            throw new SchemaBuilderException($"[UsePaging] on {where}: UniqueKey {elementType.Name}.{property.Name} must be a non-nullable number, date, Guid or string, not {type.Name}.");
        var item = Expression.Parameter(elementType, "x");
        return Expression.Lambda(Expression.Property(item, property), item);
    }

    private static void AddArgument(FieldDefinition field, string name, IGraphQLType type, string description)
    {
        if (field.Arguments.Contains(name))
            throw new SchemaBuilderException($"[UsePaging] on field \"{field.Name}\" adds the argument \"{name}\", but the resolver already has a parameter with that name.");
        field.AddArgument(new ArgumentDefinition(name, type) { Description = description });
    }
}
