namespace ReportGraph.Host.Security;

/// <summary>Configuration section <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    /// <summary>The first admin, created on start when no user has that email. Password at least 12 characters.</summary>
    public FirstAdminOptions Admin { get; set; } = new();

    /// <summary>How long a browser session lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Whether the session cookie is sent only over HTTPS. Default: always, except in Development and Testing.</summary>
    public bool? SecureCookies { get; set; }

    /// <summary>How long the link of an invitation email works. Default 7 days.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long the link of a password-reset email works. Default 1 hour.</summary>
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Limits against password guessing and floods (section <c>Security:RateLimits</c>).</summary>
    public RateLimitOptions RateLimits { get; set; } = new();
}

/// <summary>Configuration section <c>Security:Admin</c>.</summary>
public sealed class FirstAdminOptions
{
    /// <summary>The admin's email.</summary>
    public string? Email { get; set; }

    /// <summary>The admin's password (set it through an environment variable or a secret store, not appsettings.json).</summary>
    public string? Password { get; set; }

    /// <summary>The admin's display name.</summary>
    public string Name { get; set; } = "Administrator";
}
