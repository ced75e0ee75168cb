using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Security;

/// <summary>Checks <see cref="SecurityOptions"/> at start; every message names the configuration key at fault.</summary>
internal sealed class SecurityOptionsValidator : IValidateOptions<SecurityOptions>
{
    private static readonly TimeSpan MinSession = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxSession = TimeSpan.FromDays(365);

    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        var problems = new List<string>();
        if (options.SessionLifetime < MinSession || options.SessionLifetime > MaxSession)
        {
            problems.Add($"Security:SessionLifetime must be from 00:01:00 to 365.00:00:00, e.g. 12:00:00 (got {options.SessionLifetime}).");
        }

        if (options.InvitationLifetime < MinSession || options.InvitationLifetime > TimeSpan.FromDays(30))
        {
            problems.Add($"Security:InvitationLifetime must be from 00:01:00 to 30.00:00:00, e.g. 7.00:00:00 (got {options.InvitationLifetime}).");
        }

        if (options.PasswordResetLifetime < MinSession || options.PasswordResetLifetime > TimeSpan.FromDays(1))
        {
            problems.Add($"Security:PasswordResetLifetime must be from 00:01:00 to 1.00:00:00, e.g. 01:00:00 (got {options.PasswordResetLifetime}).");
        }

        var limits = options.RateLimits;
        if (limits.Window < TimeSpan.FromSeconds(1) || limits.Window > TimeSpan.FromHours(1))
        {
            problems.Add($"Security:RateLimits:Window must be from 00:00:01 to 01:00:00 (got {limits.Window}).");
        }

        foreach (var (key, value) in new[] { ("SensitivePerAddress", limits.SensitivePerAddress), ("SensitivePerAccount", limits.SensitivePerAccount), ("GraphQLPerCaller", limits.GraphQLPerCaller) })
        {
            if (value < 1)
            {
                problems.Add($"Security:RateLimits:{key} must be at least 1 (got {value}).");
            }
        }

        if (limits.FreeFailedSignIns < 0 || limits.MaxSignInDelay < TimeSpan.Zero || limits.MaxSignInDelay > TimeSpan.FromHours(1))
        {
            problems.Add("Security:RateLimits:FreeFailedSignIns must be at least 0 and Security:RateLimits:MaxSignInDelay from 00:00:00 to 01:00:00.");
        }

        var admin = options.Admin;
        if (!string.IsNullOrWhiteSpace(admin.Email) && !MailAddress.TryCreate(admin.Email.Trim(), out _))
        {
            problems.Add($"Security:Admin:Email must be an email address, e.g. admin@example.com (got \"{admin.Email}\").");
        }

        if (!string.IsNullOrEmpty(admin.Password) && admin.Password.Length < AccountService.MinPasswordLength)
        {
            problems.Add($"Security:Admin:Password must have at least {AccountService.MinPasswordLength} characters.");
        }

        if (admin.Name is { Length: 0 or > 200 })
        {
            problems.Add("Security:Admin:Name must have 1 to 200 characters.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
