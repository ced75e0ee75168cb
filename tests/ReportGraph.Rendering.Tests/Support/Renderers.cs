using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ReportGraph.Rendering.Tests.Support;

/// <summary>The real renderers, resolved through <see cref="RenderingServiceCollectionExtensions.AddRendering"/>.</summary>
internal static class Renderers
{
    public static ReportRenderers Create(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        return new ServiceCollection().AddRendering(configuration).BuildServiceProvider().GetRequiredService<ReportRenderers>();
    }
}
