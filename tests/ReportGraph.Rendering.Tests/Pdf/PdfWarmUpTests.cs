using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Pdf;
using ReportGraph.Rendering.Tests.Support;

namespace ReportGraph.Rendering.Tests.Pdf;

public sealed class PdfWarmUpTests : IDisposable
{
    private readonly string _emptyFolder = Directory.CreateTempSubdirectory("rg-no-fonts-").FullName;

    public void Dispose() => Directory.Delete(_emptyFolder, recursive: true);

    [Fact]
    public async Task Once_the_host_has_started_a_background_render_has_read_the_fonts_before_any_report_asks_for_a_PDF()
    {
        using var host = Build();
        var pdf = (PdfReportRenderer)host.Services.GetRequiredService<ReportRenderers>().Get(ReportFormat.Pdf);
        Assert.False(pdf.HasFonts);

        await host.StartAsync();
        await Finished(WarmUp(host), TimeSpan.FromSeconds(60));

        Assert.True(pdf.HasFonts); // the first real render finds the theme (fonts read, writer compiled) in place
        await host.StopAsync();
    }

    [Fact]
    public async Task Without_the_fonts_the_warm_up_fails_quietly_the_host_keeps_running_and_other_formats_render()
    {
        using var host = Build((PdfRenderingOptions.Section + ":FontDirectory", _emptyFolder));
        var renderers = host.Services.GetRequiredService<ReportRenderers>();

        await host.StartAsync();
        await Finished(WarmUp(host), TimeSpan.FromSeconds(60));

        Assert.False(((PdfReportRenderer)renderers.Get(ReportFormat.Pdf)).HasFonts);
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        using var output = new FolderOutput();
        await renderers.Get(ReportFormat.Csv).RenderAsync(SampleReports.Request(SampleReports.TutorWeekly()), output, CancellationToken.None);
        Assert.NotEmpty(output.Files);
        // The PDF itself still fails with the reason, as before the warm-up existed.
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() =>
            renderers.Get(ReportFormat.Pdf).RenderAsync(SampleReports.Request(SampleReports.TutorWeekly()), output, CancellationToken.None));
        Assert.Contains("fonts-dejavu-core", error.Message);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_host_stopped_before_it_started_ends_the_warm_up_without_rendering()
    {
        using var host = Build();
        var warmUp = WarmUp(host);
        using var stopped = new CancellationTokenSource();
        await warmUp.StartAsync(stopped.Token);
        await warmUp.StopAsync(CancellationToken.None); // ApplicationStarted never came

        await Finished(warmUp, TimeSpan.FromSeconds(10));
        Assert.False(((PdfReportRenderer)host.Services.GetRequiredService<ReportRenderers>().Get(ReportFormat.Pdf)).HasFonts);
    }

    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddRendering(builder.Configuration);
        return builder.Build();
    }

    /// <summary>The warm-up's work has ended, whether it rendered, failed or was cancelled.</summary>
    private static async Task Finished(PdfWarmUp warmUp, TimeSpan timeout) => await Task.WhenAny(warmUp.ExecuteTask!).WaitAsync(timeout);

    private static PdfWarmUp WarmUp(IHost host) => host.Services.GetServices<IHostedService>().OfType<PdfWarmUp>().Single();
}
