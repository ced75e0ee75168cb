namespace ReportGraph.Host.Api;

/// <summary>
/// A problem with one input field, for forms: mutations return all of them at once in their payload's
/// <c>errors</c>, and save nothing when there are any.
/// </summary>
public sealed class UserError(InputError error) : IError
{
    /// <summary>Stable code, e.g. REQUIRED, INVALID, TOO_LONG, OUT_OF_RANGE, NOT_ALLOWED, DUPLICATE, NOT_FOUND, INVALID_CRON.</summary>
    public string Code => error.Code;

    /// <summary>What is wrong and what is allowed, naming the field.</summary>
    public string Message => error.Message;

    /// <summary>The input field at fault from the mutation's <c>input</c>, e.g. `["recipients", 2, "email"]`: names and list indexes.</summary>
    [ReportGraph.GraphQL.Types.GraphQLType("[PathSegment!]!")]
    public IReadOnlyList<object> Path => error.Path;
}
