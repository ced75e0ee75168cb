using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Telemetry;

/// <summary>Checks <see cref="TelemetryOptions"/> at start; every message names the configuration key at fault.</summary>
internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var problems = new List<string>();
        if (options.PrometheusPort is { } port)
        {
            if (port is < 1 or > 65535)
            {
                problems.Add($"Telemetry:PrometheusPort must be between 1 and 65535 (got {port}).");
            }

            // A port without the exporter would be silently ignored; say so instead.
            if (!options.Prometheus)
            {
                problems.Add("Telemetry:PrometheusPort is set but Telemetry:Prometheus is off; set Telemetry:Prometheus to true or remove the port.");
            }
        }

        if (options.ExportsOtlp
            && (!Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint)
                || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)))
        {
            problems.Add($"{TelemetryOptions.OtlpEndpointKey} must be an absolute http or https URL, e.g. \"http://collector:4317\" (got \"{options.OtlpEndpoint}\").");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
