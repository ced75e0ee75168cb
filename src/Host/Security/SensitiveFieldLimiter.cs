using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Security;

/// <summary>
/// Counts calls of the fields that check secrets (signIn, requestPasswordReset, resetPassword) per client address and
/// per account, in fixed windows of <c>Security:RateLimits:Window</c>, with ASP.NET Core's rate limiters.
/// </summary>
public sealed class SensitiveFieldLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SensitiveFieldLimiter(IOptions<SecurityOptions> options)
    {
        var limits = options.Value.RateLimits;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions
        {
            PermitLimit = k.StartsWith("address|", StringComparison.Ordinal) ? limits.SensitivePerAddress : limits.SensitivePerAccount,
            Window = limits.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>
    /// Takes one permit for <paramref name="field"/> from the address's and (when given) the account's counters;
    /// null when allowed, else how long to wait.
    /// </summary>
    public TimeSpan? TryAcquire(string field, string? clientAddress, string? account)
    {
        var wait = Take($"address|{field}|{clientAddress ?? "unknown"}");
        if (wait is null && !string.IsNullOrWhiteSpace(account))
        {
            wait = Take($"account|{field}|{account.Trim().ToUpperInvariant()}");
        }

        return wait;
    }

    private TimeSpan? Take(string key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter.Dispose();
}
