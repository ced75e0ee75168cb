using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReportGraph.Rendering.Csv;
using ReportGraph.Rendering.Html;
using ReportGraph.Rendering.Json;
using ReportGraph.Rendering.Pdf;
using ReportGraph.Rendering.Xlsx;

namespace ReportGraph.Rendering;

/// <summary>Registers the rendering feature.</summary>
public static class RenderingServiceCollectionExtensions
{
    /// <summary>
    /// Registers every <see cref="IReportRenderer"/> (CSV, XLSX, PDF, HTML, JSON), the <see cref="ReportRenderers"/>
    /// lookup, and the PDF options bound from <c>Rendering:Pdf</c> (PageSize A4|Letter, FontDirectory, FallbackFonts).
    /// Fonts are read by the PDF renderer when it first runs (a missing font fails that format only, naming the file
    /// and the package); the <c>pdfFonts</c> readiness check reports missing fonts before that. Once the host has
    /// started, a one-page PDF is rendered in the background (<see cref="PdfWarmUp"/>), so no user's request reads them.
    /// </summary>
    public static IServiceCollection AddRendering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PdfRenderingOptions>()
            .Bind(configuration.GetSection(PdfRenderingOptions.Section))
            .Validate(o => Enum.IsDefined(o.PageSize), $"{PdfRenderingOptions.Section}:PageSize must be A4 or Letter.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.FontDirectory), $"{PdfRenderingOptions.Section}:FontDirectory must name the folder holding the DejaVu fonts.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportRenderer, CsvReportRenderer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportRenderer, XlsxReportRenderer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportRenderer, PdfReportRenderer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportRenderer, HtmlReportRenderer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportRenderer, JsonReportRenderer>());
        services.TryAddSingleton(provider => new ReportRenderers(provider.GetServices<IReportRenderer>()));
        services.AddHealthChecks().AddCheck<PdfFontsHealthCheck>("pdfFonts", tags: ["ready"]);
        services.AddHostedService<PdfWarmUp>();
        return services;
    }
}
