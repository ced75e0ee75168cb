using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security;

/// <summary>The password rules and the token check shared by resetPassword and the set-password page.</summary>
public static class PasswordRules
{
    /// <summary>Code of an unknown, used or expired token.</summary>
    public const string InvalidToken = "INVALID_TOKEN";

    /// <summary>The problem of a new password, or null when it is acceptable.</summary>
    public static InputError? Check(string? password, string field) =>
        password is null || password.Length < AccountService.MinPasswordLength || password.Length > 1024
            ? new InputError([field], InputErrorCodes.OutOfRange, $"{field} must have {AccountService.MinPasswordLength} to 1024 characters.")
            : null;

    /// <summary>Sets the password with the token; the problem, or null when done.</summary>
    public static async Task<InputError?> RedeemAsync(OneTimeTokens tokens, string? token, string? newPassword, CancellationToken cancellationToken)
    {
        if (Check(newPassword, "newPassword") is { } weak)
        {
            return weak;
        }

        return string.IsNullOrWhiteSpace(token) || token.Length > 200 || await tokens.RedeemAsync(token.Trim(), newPassword!, cancellationToken) is null
            ? new InputError(["token"], InvalidToken, "The link is unknown, used already or expired: ask for a new one (requestPasswordReset, or a new invitation).")
            : null;
    }
}
