using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ReportGraph.Rendering.Pdf.Fonts;

namespace ReportGraph.Rendering.Pdf;

/// <summary>
/// Tells an operator before the first PDF run whether its fonts are there: DejaVu Sans missing means PDF renders
/// fail; a fallback face missing means characters of its scripts print as empty boxes. The host still serves
/// every other format, so both are Degraded, not Unhealthy.
/// </summary>
internal sealed class PdfFontsHealthCheck(IOptions<PdfRenderingOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pdf = options.Value;
        try
        {
            DejaVuFonts.Load(pdf.FontDirectory);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"PDF output is unavailable: {e.Message}"));
        }

        var missing = pdf.FallbackFontFiles.Where(f => !string.IsNullOrWhiteSpace(f) && !File.Exists(f)).ToList();
        IReadOnlyList<TrueTypeFont> fallbacks;
        try
        {
            fallbacks = FallbackFonts.Load(pdf.FallbackFontFiles);
        }
        catch (InvalidDataException e)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"A fallback font is not usable: {e.Message}"));
        }

        var loaded = fallbacks.Count == 0 ? "no fallback faces" : "fallbacks " + string.Join(", ", fallbacks.Select(f => f.PostScriptName));
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy($"DejaVu Sans and {loaded} loaded.")
            : HealthCheckResult.Degraded(
                $"DejaVu Sans and {loaded} loaded; not installed: {string.Join(", ", missing)} — characters only those faces have print as empty boxes.",
                data: missing.ToDictionary(f => Path.GetFileName(f), f => (object)$"{f} is not installed ({PdfRenderingOptions.Section}:FallbackFonts)")));
    }
}
