using System.Net;
using System.Text.Json;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Rendering;

/// <summary>/health/ready says whether PDF fonts are installed before the first PDF run finds out.</summary>
public sealed class PdfFontsHealthTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(HttpStatusCode Status, JsonElement Check)> ReadyAsync(Dictionary<string, string?>? settings = null)
    {
        using var factory = new ReportGraphFactory(_folder.Combine("data-" + Guid.NewGuid().ToString("N")), settings: settings);
        var (status, body) = await AdminHealth.ReadyAsync(factory);
        return (status, body.GetProperty("checks").GetProperty("pdfFonts"));
    }

    [Fact]
    public async Task With_the_fonts_installed_the_check_is_healthy_and_names_the_faces()
    {
        var (status, check) = await ReadyAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", check.GetProperty("status").GetString());
        Assert.Equal("DejaVu Sans and fallbacks DroidSansFallback, NanumGothic loaded.", check.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_missing_fallback_is_degraded_naming_the_file()
    {
        var (status, check) = await ReadyAsync(new() { ["Rendering:Pdf:FallbackFonts:0"] = "/nonexistent/fonts/Missing.ttf" });
        Assert.Equal(HttpStatusCode.OK, status); // still serving: other formats and most text are unaffected
        Assert.Equal("Degraded", check.GetProperty("status").GetString());
        Assert.Contains("/nonexistent/fonts/Missing.ttf", check.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Missing_dejavu_fonts_are_degraded_naming_the_package()
    {
        var (_, check) = await ReadyAsync(new() { ["Rendering:Pdf:FontDirectory"] = "/nonexistent/dejavu" });
        Assert.Equal("Degraded", check.GetProperty("status").GetString());
        var description = check.GetProperty("description").GetString();
        Assert.Contains("PDF output is unavailable", description);
        Assert.Contains("fonts-dejavu-core", description);
    }
}
