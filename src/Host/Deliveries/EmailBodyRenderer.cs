using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using ReportGraph.Abstractions;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Renders an email's HTML body from a Razor component outside any request with <see cref="HtmlRenderer"/>: the
/// plugin's component when it has one, else the host's <see cref="ReportEmail"/>. Parameters are HTML-encoded by Razor.
/// </summary>
public sealed class EmailBodyRenderer(IServiceProvider services, ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<EmailBodyRenderer>();

    /// <summary>The encoder the rendered HTML is encoded with: the application's, as <see cref="HtmlRenderer"/> takes it, or the default.</summary>
    public HtmlEncoder Encoder { get; } = services.GetService<HtmlEncoder>() ?? HtmlEncoder.Default;

    /// <summary>
    /// The HTML document for <paramref name="model"/>. A plugin component that is not a component, has no
    /// <c>Model</c> parameter of type <see cref="ReportEmailModel"/>, or throws, is replaced by the host template
    /// (logged), so that a faulty plugin template never stops the email.
    /// </summary>
    public async Task<string> RenderAsync(Type? component, ReportEmailModel model)
    {
        if (component is not null && IsUsable(component))
        {
            try
            {
                return await RenderComponentAsync(component, model);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _logger.LogWarning(e, "The email component {Component} failed; using the host's default template instead.", component.FullName);
            }
        }
        else if (component is not null)
        {
            _logger.LogWarning("The email component {Component} is not a Razor component with a [Parameter] Model of type ReportEmailModel; using the host's default template.", component.FullName);
        }

        return await RenderComponentAsync(typeof(ReportEmail), model);
    }

    private static bool IsUsable(Type component) =>
        typeof(IComponent).IsAssignableFrom(component)
        && component.GetProperty("Model") is { } property
        && property.PropertyType.IsAssignableFrom(typeof(ReportEmailModel))
        && property.IsDefined(typeof(ParameterAttribute), inherit: true);

    /// <summary>The HTML document of one of the host's own email components, given its <c>Model</c> parameter.</summary>
    public Task<string> RenderHostAsync<TComponent>(object model) where TComponent : IComponent =>
        RenderComponentAsync(typeof(TComponent), model);

    private async Task<string> RenderComponentAsync(Type component, object model)
    {
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
            var output = await renderer.RenderComponentAsync(component, parameters);
            return output.ToHtmlString();
        });
        return "<!DOCTYPE html>\n" + html;
    }
}
