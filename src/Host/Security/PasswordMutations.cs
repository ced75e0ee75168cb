using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security;

/// <summary>Input of changePassword.</summary>
public sealed record ChangePasswordInput
{
    /// <summary>Your current password.</summary>
    public required string CurrentPassword { get; init; }
    /// <summary>The new password, at least 12 characters.</summary>
    public required string NewPassword { get; init; }
}

/// <summary>Input of requestPasswordReset.</summary>
public sealed record RequestPasswordResetInput
{
    /// <summary>The email you sign in with.</summary>
    public required string Email { get; init; }
}

/// <summary>Input of resetPassword.</summary>
public sealed record ResetPasswordInput
{
    /// <summary>The token from the emailed link (invitation or password reset).</summary>
    public required string Token { get; init; }
    /// <summary>The new password, at least 12 characters.</summary>
    public required string NewPassword { get; init; }
}

/// <summary>The result of the password mutations.</summary>
public sealed class PasswordPayload(bool done, IReadOnlyList<InputError>? errors = null) : Payload(errors)
{
    /// <summary>True when done (for requestPasswordReset: always, whether or not the email belongs to a user).</summary>
    public bool Done { get; } = done;
}

/// <summary>Changing, resetting and first setting passwords.</summary>
[ExtendObjectType("Mutation")]
public sealed class PasswordMutations
{
    /// <summary>Changes your password; every other session of yours ends.</summary>
    /// <param name="input">Your current password and the new one.</param>
    public async Task<PasswordPayload> ChangePassword(ChangePasswordInput input, IResolverContext context, [Service] AccountService accounts,
        [Service] SessionStore sessions)
    {
        var caller = context.RequireCaller();
        if (PasswordRules.Check(input.NewPassword, "newPassword") is { } weak)
        {
            return new PasswordPayload(false, [weak]);
        }

        if (!await accounts.IsCurrentPasswordAsync(caller.UserId, input.CurrentPassword ?? "", context.RequestAborted))
        {
            return new PasswordPayload(false, [new InputError(["currentPassword"], "INVALID_CREDENTIALS", "currentPassword is not your current password.")]);
        }

        await accounts.SetPasswordAsync(caller.UserId, input.NewPassword, context.RequestAborted);
        var current = await sessions.IdOfAsync(SessionStore.SecretOf(context.Http().User), context.RequestAborted);
        await sessions.EndAllAsync(caller.UserId, current, context.RequestAborted);
        return new PasswordPayload(true);
    }

    /// <summary>
    /// Emails a link to set a new password (valid Security:PasswordResetLifetime) when a user has this email. The
    /// answer is the same either way and as fast (the email is sent in the background), so it does not tell who has
    /// an account.
    /// </summary>
    /// <param name="input">The email you sign in with.</param>
    public Task<PasswordPayload> RequestPasswordReset(RequestPasswordResetInput input, IResolverContext context,
        [Service] PasswordResetQueue resets, [Service] SensitiveFieldLimiter limiter, [Service] ILogger<PasswordResetQueue> logger)
    {
        var http = context.Http();
        if (limiter.TryAcquire("requestPasswordReset", http.Connection.RemoteIpAddress?.ToString(), input.Email) is { } wait)
        {
            throw RateLimitedResponse.Refuse(http, "requestPasswordReset", wait);
        }

        if (!resets.Enqueue(input.Email ?? ""))
        {
            logger.LogWarning("The password reset queue is full; a request was dropped");
        }

        return Task.FromResult(new PasswordPayload(true));
    }

    /// <summary>Sets a new password with the token of an emailed link (invitation or reset); the token then stops working and every session of the user ends.</summary>
    /// <param name="input">The token from the emailed link and the new password.</param>
    public async Task<PasswordPayload> ResetPassword(ResetPasswordInput input, IResolverContext context, [Service] OneTimeTokens tokens,
        [Service] SensitiveFieldLimiter limiter)
    {
        var http = context.Http();
        if (limiter.TryAcquire("resetPassword", http.Connection.RemoteIpAddress?.ToString(), null) is { } wait)
        {
            throw RateLimitedResponse.Refuse(http, "resetPassword", wait);
        }

        var result = await PasswordRules.RedeemAsync(tokens, input.Token, input.NewPassword, context.RequestAborted);
        return new PasswordPayload(result is null, result is null ? null : [result]);
    }
}
