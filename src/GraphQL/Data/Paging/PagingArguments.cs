using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// The validated <c>first/after/last/before</c> arguments of a paged field; <see cref="After"/> and <see cref="Before"/>
/// hold the cursors as the field's pager decoded them (an offset, or a <see cref="KeysetCursor"/>).
/// </summary>
internal readonly record struct PagingArguments(int? First, object? After, int? Last, object? Before)
{
    /// <summary>Reads and checks the arguments against the field's limits; errors carry a <see cref="DataErrorCodes"/> code.</summary>
    public static PagingArguments From(IResolverContext context, PagingSettings settings, IPager pager)
    {
        var first = context.ArgumentValue<int?>("first");
        var last = context.ArgumentValue<int?>("last");
        var after = context.ArgumentValue<string?>("after");
        var before = context.ArgumentValue<string?>("before");
        var field = $"{context.ParentType.Name}.{context.Field.Name}";

        if (first is not null && last is not null)
            throw new GraphQLException($"Passing both \"first\" and \"last\" to {field} is not supported: page forward with first/after or backward with last/before.", DataErrorCodes.BothFirstAndLast);
        CheckSize("first", first, field, settings);
        CheckSize("last", last, field, settings);
        if (first is null && last is null) first = settings.DefaultPageSize;

        return new PagingArguments(first,
            after is null ? null : pager.ReadCursor(after, "after"),
            last,
            before is null ? null : pager.ReadCursor(before, "before"));
    }

    private static void CheckSize(string name, int? value, string field, PagingSettings settings)
    {
        if (value < 0)
            throw new GraphQLException($"\"{name}\" of {field} must be 0 or more, but was {value}.", DataErrorCodes.NegativePageSize);
        if (value > settings.MaxPageSize)
        {
            throw new GraphQLException($"\"{name}\" of {field} must be at most {settings.MaxPageSize}, but was {value}.", DataErrorCodes.MaxPageSizeExceeded,
                new Dictionary<string, object?> { ["maxPageSize"] = settings.MaxPageSize, ["requested"] = value });
        }
    }
}

/// <summary>A paged field's limits.</summary>
internal sealed record PagingSettings(int DefaultPageSize, int MaxPageSize);
