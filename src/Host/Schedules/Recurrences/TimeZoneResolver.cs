using System.Diagnostics.CodeAnalysis;

namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>Resolves IANA time zone ids (e.g. "Europe/Berlin"), explaining failures with near matches.</summary>
public static class TimeZoneResolver
{
    private static readonly Lazy<string[]> KnownIds = new(() =>
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/')).Order(StringComparer.Ordinal).ToArray());

    /// <summary>
    /// Finds the zone for an IANA id. On failure <paramref name="error"/> says what is wrong, phrased to follow the
    /// field name (e.g. "'Europe/Berln' is not a known IANA time zone id … did you mean 'Europe/Berlin'?").
    /// </summary>
    public static bool TryResolve(
        string? id,
        [NotNullWhen(true)] out TimeZoneInfo? zone,
        [NotNullWhen(false)] out string? error)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            error = "is required: give an IANA time zone id such as 'Europe/Berlin' or 'America/New_York'.";
            return false;
        }

        var trimmed = id.Trim();
        if (trimmed.Contains(' ') && TimeZoneInfo.TryConvertWindowsIdToIanaId(trimmed, out var ianaId))
        {
            // .NET would accept Windows ids on Linux too, but schedules store IANA ids so every node agrees.
            error = $"'{trimmed}' is a Windows time zone id; use the IANA id '{ianaId}' instead.";
            return false;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out var found))
        {
            zone = found;
            error = null;
            return true;
        }

        var suggestions = Suggest(trimmed);
        error = $"'{trimmed}' is not a known IANA time zone id (ids look like 'Europe/Berlin' or 'America/New_York')"
            + (suggestions.Count > 0 ? "; did you mean " + string.Join(" or ", suggestions.Select(s => $"'{s}'")) + "?" : ".");
        return false;
    }

    /// <summary>Up to three known ids close to <paramref name="id"/>: same letters in other case, same city, or a typo away.</summary>
    internal static IReadOnlyList<string> Suggest(string id)
    {
        var wanted = Normalise(id);
        var exact = KnownIds.Value.Where(k => Normalise(k) == wanted || Normalise(City(k)) == wanted).ToList();
        if (exact.Count > 0)
        {
            return exact.Take(3).ToList();
        }

        return KnownIds.Value
            .Select(k => (Id: k, Distance: Math.Min(EditDistance(Normalise(k), wanted), EditDistance(Normalise(City(k)), wanted))))
            .Where(c => c.Distance <= Math.Max(1, wanted.Length / 5))
            .OrderBy(c => c.Distance).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Id)
            .ToList();
    }

    private static string City(string id) => id[(id.LastIndexOf('/') + 1)..];

    private static string Normalise(string id) => id.Trim().Replace(' ', '_').ToLowerInvariant();

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
