using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// Adds <c>where: XFilterInput</c> to a field returning <c>IQueryable&lt;T&gt;</c> or <c>IEnumerable&lt;T&gt;</c> (HotChocolate's
/// <c>[UseFiltering]</c>). The input is generated from T's public properties (same names as the output type;
/// <see cref="FilterIgnoreAttribute"/> leaves one out) and applied as a LINQ <c>Where</c>, so EF Core filters in SQL.
/// </summary>
public sealed class UseFilteringAttribute : FieldConfigurationAttribute
{
    /// <summary>The middleware order of filtering (inside paging, outside sorting).</summary>
    public const int DefaultOrder = 200;

    /// <summary>Creates the attribute.</summary>
    public UseFilteringAttribute() => Order = DefaultOrder;

    /// <summary>Filter on this type's properties instead of the field's item type.</summary>
    public Type? FilterType { get; init; }

    /// <summary>
    /// A value of the <c>where</c> argument for its description, e.g. <c>{ status: { in: [FAILED] } }</c>; the engine cannot
    /// make up a meaningful one, so without it the description has none.
    /// </summary>
    public string? Example { get; init; }

    /// <inheritdoc/>
    public override void Configure(FieldDefinition field, FieldConfigurationContext context)
    {
        var elementType = QueryableSource.ElementType(context.ResultType)
            ?? throw new SchemaBuilderException($"[UseFiltering] on {context.DeclaringType.Name}.{field.Name} needs a resolver returning IQueryable<T> or IEnumerable<T>, not {context.ResultType.Name}.");
        if (FilterType is not null && !FilterType.IsAssignableFrom(elementType))
            throw new SchemaBuilderException($"[UseFiltering] on {context.DeclaringType.Name}.{field.Name}: FilterType {FilterType.Name} is not a base of {elementType.Name}.");
        var (inputType, model) = FilterInputTypes.GetOrCreate(context.Build, FilterType ?? elementType);
        if (field.Arguments.Contains("where"))
            throw new SchemaBuilderException($"[UseFiltering] on {context.DeclaringType.Name}.{field.Name} adds the argument \"where\", but the resolver already has one.");
        var description = "Only items matching these conditions: all given ones must hold; `and` and `or` combine conditions.";
        if (Example is not null) description += $" Example: `{Example}`.";
        field.AddArgument(new ArgumentDefinition("where", inputType) { Description = description });

        var filter = (IQueryTransform)Activator.CreateInstance(typeof(FilterTransform<>).MakeGenericType(elementType), model)!;
        field.Use(next => async context =>
        {
            await next(context).ConfigureAwait(false);
            if (context.Arguments.TryGetValue("where", out var where) && where is not null)
                context.Result = filter.Apply(context.Result, where, context);
        });
    }
}

/// <summary>Applies an argument to a resolver's result without knowing its element type at compile time.</summary>
internal interface IQueryTransform
{
    object? Apply(object? result, object argument, IResolverContext context);
}

internal sealed class FilterTransform<T>(FilterTypeModel model) : IQueryTransform
{
    public object? Apply(object? result, object argument, IResolverContext context)
    {
        var query = QueryableSource.From<T>(result, context.Field.Name);
        if (query is null) return null;
        var where = argument as IReadOnlyDictionary<string, object?>
            ?? throw new GraphQLException("\"where\" must be an input object.", DataErrorCodes.InvalidFilter);
        var predicate = FilterExpressionBuilder.Build<T>(model, where, QueryableSource.IsInMemory(query));
        return predicate is null ? query : query.Where(predicate);
    }
}
