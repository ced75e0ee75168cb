namespace ReportGraph.Host.Security;

/// <summary>
/// Configuration section <c>Security:RateLimits</c>. Counters live in each node's memory (fixed windows); the
/// per-account slow-down after wrong passwords is stored with the user, so it holds across nodes.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The window the counts below apply to. Default 1 minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>signIn, requestPasswordReset and resetPassword calls (each counted on its own) per client address per window. Default 20.</summary>
    public int SensitivePerAddress { get; set; } = 20;

    /// <summary>signIn and requestPasswordReset calls per email address per window. Default 10.</summary>
    public int SensitivePerAccount { get; set; } = 10;

    /// <summary>Requests to /graphql per caller (user, or client address when signed out) per window. Default 600.</summary>
    public int GraphQLPerCaller { get; set; } = 600;

    /// <summary>Wrong passwords in a row an account takes before sign-in slows down. Default 3.</summary>
    public int FreeFailedSignIns { get; set; } = 3;

    /// <summary>The longest wait after wrong passwords (the wait doubles from 1 second up to this). Default 30 seconds.</summary>
    public TimeSpan MaxSignInDelay { get; set; } = TimeSpan.FromSeconds(30);
}
