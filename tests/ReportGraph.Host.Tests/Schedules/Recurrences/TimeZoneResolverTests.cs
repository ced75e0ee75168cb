using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Tests.Schedules.Recurrences;

/// <summary>IANA ids resolve; anything else fails with a message that helps the user fix it.</summary>
public sealed class TimeZoneResolverTests
{
    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("America/New_York")]
    [InlineData("Australia/Sydney")]
    [InlineData("UTC")]
    [InlineData(" Europe/Berlin ")]
    public void Iana_ids_resolve(string id)
    {
        Assert.True(TimeZoneResolver.TryResolve(id, out var zone, out var error), error);
        Assert.Equal(id.Trim(), zone.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_id_is_required(string? id)
    {
        Assert.False(TimeZoneResolver.TryResolve(id, out _, out var error));
        Assert.Equal("is required: give an IANA time zone id such as 'Europe/Berlin' or 'America/New_York'.", error);
    }

    [Theory]
    [InlineData("Europe/Berln", "'Europe/Berlin'")]
    [InlineData("europe/berlin", "'Europe/Berlin'")]
    [InlineData("Berlin", "'Europe/Berlin'")]
    [InlineData("New York", "'America/New_York'")]
    [InlineData("Australia/Sidney", "'Australia/Sydney'")]
    public void A_near_miss_suggests_the_id_meant(string id, string suggestion)
    {
        var resolved = TimeZoneResolver.TryResolve(id, out _, out var error);

        // Some platforms resolve ids case-insensitively; when they do not, the message must point the way.
        if (!resolved)
        {
            Assert.StartsWith($"'{id}' is not a known IANA time zone id", error);
            Assert.Contains($"did you mean {suggestion}", error);
        }
        else
        {
            Assert.Equal("europe/berlin", id);
        }
    }

    [Fact]
    public void A_windows_id_is_refused_with_the_iana_equivalent()
    {
        Assert.False(TimeZoneResolver.TryResolve("W. Europe Standard Time", out _, out var error));
        Assert.Equal("'W. Europe Standard Time' is a Windows time zone id; use the IANA id 'Europe/Berlin' instead.", error);
    }

    [Fact]
    public void Nonsense_gets_no_suggestion_but_an_example()
    {
        Assert.False(TimeZoneResolver.TryResolve("Mars/Olympus_Mons", out _, out var error));
        Assert.Equal("'Mars/Olympus_Mons' is not a known IANA time zone id (ids look like 'Europe/Berlin' or 'America/New_York').", error);
    }
}
