using PdfSharp;
using PdfSharp.Fonts;

namespace ReportGraph.Host.Rendering;

/// <summary>
/// PDFsharp's process-wide settings (licence and font resolver), applied once. PDFsharp 6.5 is AGPL-3.0
/// unless a commercial key is loaded; without either it refuses to create documents.
/// </summary>
public static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static DejaVuFontResolver? _resolver;
    private static bool _licensed;

    /// <summary>Loads the licence and installs the DejaVu font resolver; later calls do nothing.</summary>
    public static void EnsureInitialized(PdfRenderingOptions options)
    {
        lock (Gate)
        {
            if (!_licensed)
            {
                if (string.IsNullOrWhiteSpace(options.LicenseKey))
                {
                    PdfSharpLicense.SetAgplLicense();
                }
                else
                {
                    PdfSharpLicense.LoadLicense(options.LicenseKey);
                }
                _licensed = true;
            }
            if (_resolver is null)
            {
                var resolver = new DejaVuFontResolver(options.FontDirectory);
                resolver.Verify();
                // PDFsharp allows setting the resolver once, before any font is used.
                GlobalFontSettings.FontResolver = resolver;
                _resolver = resolver;
            }
        }
    }
}
