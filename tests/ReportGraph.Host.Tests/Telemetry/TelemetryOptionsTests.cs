using ReportGraph.Host.Telemetry;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Telemetry;

/// <summary>Bad telemetry settings stop the host at start with a message naming the key.</summary>
public sealed class TelemetryOptionsTests
{
    [Theory]
    [InlineData(true, 0, null, "Telemetry:PrometheusPort must be between 1 and 65535")]
    [InlineData(false, 9464, null, "Telemetry:PrometheusPort is set but Telemetry:Prometheus is off")]
    [InlineData(false, null, "collector:4317", "OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http or https URL")]
    public void Each_problem_names_its_key(bool prometheus, int? port, string? otlp, string expected)
    {
        var result = new TelemetryOptionsValidator().Validate(null, new TelemetryOptions { Prometheus = prometheus, PrometheusPort = port, OtlpEndpoint = otlp });
        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage);
    }

    [Fact]
    public void Defaults_and_a_full_setup_are_valid()
    {
        var validator = new TelemetryOptionsValidator();
        Assert.True(validator.Validate(null, new TelemetryOptions()).Succeeded);
        Assert.True(validator.Validate(null, new TelemetryOptions { Prometheus = true, PrometheusPort = 9464, OtlpEndpoint = "http://collector:4317" }).Succeeded);
    }

    [Fact]
    public void The_host_does_not_start_with_a_bad_port()
    {
        using var folder = new TempFolder("rg-otel");
        using var factory = new ReportGraphFactory(folder.Combine("data"), settings: new Dictionary<string, string?>
        {
            ["Telemetry:Prometheus"] = "true",
            ["Telemetry:PrometheusPort"] = "70000",
        });
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Telemetry:PrometheusPort must be between 1 and 65535", error.ToString());
    }
}
