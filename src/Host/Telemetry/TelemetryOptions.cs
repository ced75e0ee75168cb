namespace ReportGraph.Host.Telemetry;

/// <summary>
/// Configuration section <c>Telemetry</c> (Prometheus scraping) plus the standard OpenTelemetry variable
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, which turns OTLP export of traces and metrics on.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Telemetry";

    /// <summary>The standard variable (or configuration key) naming the OTLP collector.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The standard variable (or configuration key) overriding the service name.</summary>
    public const string ServiceNameKey = "OTEL_SERVICE_NAME";

    /// <summary>Where Prometheus scrapes.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Serve <c>/metrics</c> in the Prometheus text format. Default off.</summary>
    public bool Prometheus { get; set; }

    /// <summary>
    /// When set, <c>/metrics</c> is served only on this extra port, without sign-in (the network decides who reaches it);
    /// when not set, it is served on the main port to admins only.
    /// </summary>
    public int? PrometheusPort { get; set; }

    /// <summary>The OTLP collector's URL, from <see cref="OtlpEndpointKey"/>; no OTLP export when empty.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Whether OTLP export is on.</summary>
    public bool ExportsOtlp => !string.IsNullOrWhiteSpace(OtlpEndpoint);

    /// <summary>
    /// The options as configured, for decisions made while services are registered (which exporters to add);
    /// the same values are validated at start.
    /// </summary>
    public static TelemetryOptions Read(IConfiguration configuration)
    {
        TelemetryOptions options;
        try
        {
            options = configuration.GetSection(Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        }
        catch (InvalidOperationException)
        {
            // A value that is not even of its type: the start-up validation reports it by key and stops the host.
            options = new TelemetryOptions();
        }

        options.OtlpEndpoint = configuration[OtlpEndpointKey];
        return options;
    }
}
