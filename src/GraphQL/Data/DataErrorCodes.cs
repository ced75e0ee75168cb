namespace ReportGraph.GraphQL.Data;

/// <summary>The <c>extensions.code</c> values of errors raised by paging, filtering and sorting arguments.</summary>
public static class DataErrorCodes
{
    /// <summary><c>first</c> and <c>last</c> were both given (not supported, as in HotChocolate).</summary>
    public const string BothFirstAndLast = "PAGING_FIRST_AND_LAST";

    /// <summary><c>first</c> or <c>last</c> is larger than the field's maximum page size.</summary>
    public const string MaxPageSizeExceeded = "PAGING_MAX_PAGE_SIZE_EXCEEDED";

    /// <summary><c>first</c> or <c>last</c> is negative.</summary>
    public const string NegativePageSize = "PAGING_NEGATIVE_PAGE_SIZE";

    /// <summary><c>after</c> or <c>before</c> is not a cursor this API produced.</summary>
    public const string InvalidCursor = "PAGING_INVALID_CURSOR";

    /// <summary>A <c>where</c> argument cannot be applied (e.g. <c>in: null</c>).</summary>
    public const string InvalidFilter = "FILTER_INVALID";

    /// <summary>An <c>order</c> argument cannot be applied.</summary>
    public const string InvalidSort = "SORT_INVALID";
}
