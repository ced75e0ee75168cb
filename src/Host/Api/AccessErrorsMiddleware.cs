using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.Host.Api;

/// <summary>
/// Turns the domain's access exceptions into GraphQL errors with <c>extensions.code</c> FORBIDDEN / NOT_FOUND,
/// so services stay free of GraphQL types and the field's path and location are reported.
/// </summary>
public static class AccessErrorsMiddleware
{
    /// <summary>The field middleware.</summary>
    public static FieldDelegate Wrap(FieldDelegate next) => async context =>
    {
        try
        {
            await next(context);
        }
        catch (ForbiddenException ex)
        {
            throw new GraphQLException(ex.Message, ApiErrorCodes.Forbidden);
        }
        catch (NotFoundException ex)
        {
            throw new GraphQLException(ex.Message, ApiErrorCodes.NotFound);
        }
    };
}
