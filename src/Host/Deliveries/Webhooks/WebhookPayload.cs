using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Deliveries.Webhooks;

/// <summary>
/// The body for one webhook within <see cref="DeliveryOptions.MaxWebhookBytes"/>: KPIs are left out from the end,
/// then links, until it fits, and the body then says how many were left out. Null when not even the bare message fits.
/// </summary>
public static class WebhookPayload
{
    /// <summary>The body, or null when even the title and period exceed <paramref name="maxBytes"/>.</summary>
    public static string? Build(WebhookKind kind, WebhookContent content, Guid deliveryId, int maxBytes)
    {
        var kpis = content.Kpis.Count;
        var files = content.Files.Count;
        while (true)
        {
            var left = content.Kpis.Count - kpis + content.Files.Count - files;
            var omitted = left == 0 ? null : string.Create(CultureInfo.InvariantCulture,
                $"{content.Kpis.Count - kpis} KPIs and {content.Files.Count - files} links were left out to keep the message within {maxBytes} bytes; the email and the execution in ReportGraph have them all.");
            JsonObject body = kind switch
            {
                WebhookKind.Slack => SlackMessage.Build(content, kpis, files, omitted),
                WebhookKind.Teams => TeamsMessage.Build(content, kpis, files, omitted),
                _ => JsonWebhookBody.Build(content, deliveryId, kpis, files, omitted),
            };
            var text = body.ToJsonString();
            if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
            {
                return text;
            }

            if (kpis > 0) kpis--;
            else if (files > 0) files--;
            else return null;
        }
    }
}
