using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// Adds <c>order: [XSortInput!]</c> to a field returning <c>IQueryable&lt;T&gt;</c> or <c>IEnumerable&lt;T&gt;</c> (HotChocolate's
/// <c>[UseSorting]</c>), e.g. <c>order: [{ nextRunAt: ASC }, { name: DESC }]</c>, applied as <c>OrderBy/ThenBy</c> so EF
/// Core sorts in SQL. <see cref="SortIgnoreAttribute"/> leaves a property out.
/// </summary>
public sealed class UseSortingAttribute : FieldConfigurationAttribute
{
    /// <summary>The middleware order of sorting (innermost of the data middleware, right around the resolver).</summary>
    public const int DefaultOrder = 300;

    /// <summary>Creates the attribute.</summary>
    public UseSortingAttribute() => Order = DefaultOrder;

    /// <summary>Sort on this type's properties instead of the field's item type.</summary>
    public Type? SortType { get; init; }

    /// <summary>
    /// A value of the <c>order</c> argument for its description, e.g. <c>[{ scheduledFor: DESC }]</c>; without it the
    /// example orders by the first sortable field.
    /// </summary>
    public string? Example { get; init; }

    /// <inheritdoc/>
    public override void Configure(FieldDefinition field, FieldConfigurationContext context)
    {
        var elementType = QueryableSource.ElementType(context.ResultType)
            ?? throw new SchemaBuilderException($"[UseSorting] on {context.DeclaringType.Name}.{field.Name} needs a resolver returning IQueryable<T> or IEnumerable<T>, not {context.ResultType.Name}.");
        if (SortType is not null && !SortType.IsAssignableFrom(elementType))
            throw new SchemaBuilderException($"[UseSorting] on {context.DeclaringType.Name}.{field.Name}: SortType {SortType.Name} is not a base of {elementType.Name}.");
        var (inputType, model) = SortInputTypes.GetOrCreate(context.Build, SortType ?? elementType);
        if (field.Arguments.Contains("order"))
            throw new SchemaBuilderException($"[UseSorting] on {context.DeclaringType.Name}.{field.Name} adds the argument \"order\", but the resolver already has one.");
        field.AddArgument(new ArgumentDefinition("order", new ListType(new NonNullType(inputType)))
        {
            Description = $"The order of the items, one field per list element, most significant first, e.g. `{Example ?? SortInputTypes.Example(inputType)}`.",
        });

        var sort = (IQueryTransform)Activator.CreateInstance(typeof(SortTransform<>).MakeGenericType(elementType), model)!;
        field.Use(next => async context =>
        {
            await next(context).ConfigureAwait(false);
            if (context.Arguments.TryGetValue("order", out var order) && order is not null)
                context.Result = sort.Apply(context.Result, order, context);
        });
    }
}

internal sealed class SortTransform<T>(SortTypeModel model) : IQueryTransform
{
    public object? Apply(object? result, object argument, IResolverContext context)
    {
        var query = QueryableSource.From<T>(result, context.Field.Name);
        return query is null ? null : SortExpressionBuilder.Apply(query, model, argument);
    }
}
