using Microsoft.Extensions.Configuration;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Deliveries;

public sealed class DeliveryOptionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Delivery:PublicBaseUrl", "reports.example.com", "Delivery:PublicBaseUrl")]
    [InlineData("Delivery:PublicBaseUrl", "ftp://reports.example.com", "Delivery:PublicBaseUrl")]
    [InlineData("Delivery:MaxAttempts", "0", "Delivery:MaxAttempts")]
    [InlineData("Delivery:MaxBackoff", "00:00:01", "Delivery:MaxBackoff")]
    [InlineData("Delivery:GiveUpAfter", "00:00:00", "Delivery:GiveUpAfter")]
    [InlineData("Delivery:RetryPollInterval", "-00:00:01", "Delivery:RetryPollInterval")]
    [InlineData("Delivery:DailyLimitPerOwner", "-1", "Delivery:DailyLimitPerOwner")]
    [InlineData("Delivery:Smtp:FromAddress", "nobody", "Delivery:Smtp:FromAddress")]
    [InlineData("Delivery:UnsubscribeMailto", "x", "Delivery:UnsubscribeMailto")]
    public void A_bad_setting_is_refused_with_a_message_naming_the_key(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Delivery:Smtp:Host"] = "127.0.0.1",
            ["Delivery:Smtp:FromAddress"] = "reports@example.test",
            [key] = value,
        }).Build();
        var options = new DeliveryOptions();
        configuration.GetSection("Delivery").Bind(options);

        var result = new DeliveryOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith(named, failure);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new DeliveryOptionsValidator().Validate(null, new DeliveryOptions()).Succeeded);
    }

    [Fact]
    public void A_bad_setting_stops_the_host_start()
    {
        using var factory = new ReportGraphFactory(_folder.Combine("data"), settings: new Dictionary<string, string?> { ["Delivery:PublicBaseUrl"] = "reports.example.com" });
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Delivery:PublicBaseUrl", error.ToString());
    }

    [Fact]
    public void Backoff_is_random_within_a_doubling_ceiling_capped_at_the_maximum()
    {
        var random = new Random(1);
        var initial = TimeSpan.FromSeconds(2);
        var max = TimeSpan.FromSeconds(10);
        for (var attempt = 1; attempt <= 8; attempt++)
        {
            var ceiling = TimeSpan.FromTicks(Math.Min(max.Ticks, initial.Ticks << (attempt - 1)));
            var delays = Enumerable.Range(0, 200).Select(_ => RetryBackoff.Delay(attempt, initial, max, random)).ToList();
            Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, ceiling));
            Assert.True(delays.Max() > ceiling * 0.8, "full jitter uses the whole range");
            Assert.True(delays.Distinct().Count() > 100, "delays are spread out");
        }
    }
}
