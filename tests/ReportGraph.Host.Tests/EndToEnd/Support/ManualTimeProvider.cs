namespace ReportGraph.Host.Tests.EndToEnd.Support;

/// <summary>
/// A clock the test moves by hand: the only thing faked in the end-to-end tests. Timers are not supported
/// (the code under test that takes this clock only asks for the time).
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start.ToUniversalTime();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Moves the clock to <paramref name="instant"/> (never backwards).</summary>
    public void SetUtcNow(DateTimeOffset instant)
    {
        lock (_gate)
        {
            if (instant < _now)
            {
                throw new ArgumentOutOfRangeException(nameof(instant), $"The clock only moves forward: {instant:O} is before {_now:O}.");
            }

            _now = instant.ToUniversalTime();
        }
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/>.</summary>
    public void Advance(TimeSpan delta) => SetUtcNow(GetUtcNow() + delta);
}
