using ReportGraph.Abstractions;
using ReportGraph.Rendering.Tests.Support;

namespace ReportGraph.Rendering.Tests;

public class RegistrationTests
{
    [Fact]
    public void AddRendering_registers_a_renderer_for_every_format()
    {
        var renderers = Renderers.Create();
        Assert.Equal(Enum.GetValues<ReportFormat>().Order(), renderers.Formats.Order());
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            Assert.Equal(format, renderers.Get(format).Format);
        }
    }

    [Fact]
    public async Task Every_format_renders_every_sample_report()
    {
        var renderers = Renderers.Create();
        foreach (var result in new[] { SampleReports.PayerDrift(), SampleReports.TutorWeekly(), SampleReports.Student() })
        {
            foreach (var format in renderers.Formats)
            {
                using var output = new FolderOutput();
                await renderers.Get(format).RenderAsync(SampleReports.Request(result), output, CancellationToken.None);
                Assert.NotEmpty(output.Files);
                Assert.All(output.Files, f => Assert.True(new FileInfo(output.PathOf(f.FileName)).Length > 100, $"{format}: {f.FileName} is empty"));
            }
        }
    }
}
