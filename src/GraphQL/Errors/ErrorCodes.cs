namespace ReportGraph.GraphQL.Errors;

/// <summary>Well-known values of <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    /// <summary>The document could not be parsed.</summary>
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    /// <summary>The document failed validation.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    /// <summary>A variable or argument value was not acceptable.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";
    /// <summary>An unexpected exception in a resolver.</summary>
    public const string InternalError = "INTERNAL_SERVER_ERROR";
    /// <summary>The request took longer than allowed.</summary>
    public const string Timeout = "EXECUTION_TIMEOUT";
    /// <summary>The operation named does not exist or is ambiguous.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";
    /// <summary>The caller must sign in.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";
    /// <summary>The caller may not do this.</summary>
    public const string Forbidden = "FORBIDDEN";
    /// <summary>The thing asked for does not exist.</summary>
    public const string NotFound = "NOT_FOUND";
    /// <summary>The request was refused by a limit (depth, cost, size).</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";
}
