namespace ReportGraph.Host.DemoData;

/// <summary>What a random stream is for; part of its seed, so that streams never share numbers.</summary>
internal enum DemoStream
{
    Sickness = 1,
    Attendance = 2,
    Grades = 3,
    Sessions = 4,
    Claims = 5,
    ClaimWeek = 6,
}

/// <summary>
/// Deterministic random streams, one per purpose and day (or week): a day's rows depend only on the seed and
/// the day, never on how many days were generated before it, so the demo data can be extended a day at a time
/// and the same days always come out the same.
/// </summary>
internal static class DemoRandom
{
    /// <summary>The stream for <paramref name="stream"/> on <paramref name="day"/> (and an optional sub-key, e.g. a payer).</summary>
    public static Random For(int seed, DemoStream stream, DateOnly day, int key = 0)
    {
        var x = Mix(Mix(Mix((uint)seed) ^ (uint)stream) ^ (uint)day.DayNumber ^ ((ulong)(uint)key << 32));
        return new Random((int)(x & int.MaxValue));
    }

    /// <summary>SplitMix64's finaliser: every input bit changes about half of the output bits.</summary>
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
