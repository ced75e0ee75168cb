namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Exponential backoff with full jitter: the delay before retry n is uniformly random in
/// [0, min(max, initial × 2^(n−1))], so many deliveries failing together do not retry in lockstep.
/// </summary>
public static class RetryBackoff
{
    /// <summary>The delay after <paramref name="failedAttempts"/> failed attempts (1 for the first failure).</summary>
    public static TimeSpan Delay(int failedAttempts, TimeSpan initial, TimeSpan max, Random random)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var ceiling = Math.Min(max.Ticks, initial.Ticks * (double)(1L << exponent));
        return TimeSpan.FromTicks((long)(random.NextDouble() * ceiling));
    }
}
