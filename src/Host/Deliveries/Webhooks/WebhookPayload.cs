using System.Globalization;
using System.Text;
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
        var files = content.Files.Count;
        if (Render(kind, content, deliveryId, content.Kpis.Count, files, maxBytes) is { } whole)
        {
            return whole;
        }

        while (files >= 0)
        {
            // The most KPIs that fit with these links: bodies grow with every KPI, so a binary search finds it.
            var (low, high) = (0, content.Kpis.Count);
            string? best = null;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                if (Render(kind, content, deliveryId, middle, files, maxBytes) is { } body)
                {
                    best = body;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            if (best is not null)
            {
                return best;
            }

            files--;
        }

        return null;
    }

    private static string? Render(WebhookKind kind, WebhookContent content, Guid deliveryId, int kpis, int files, int maxBytes)
    {
        var left = content.Kpis.Count - kpis + content.Files.Count - files;
        var omitted = left == 0 ? null : string.Create(CultureInfo.InvariantCulture,
            $"{content.Kpis.Count - kpis} KPIs and {content.Files.Count - files} links were left out to keep the message within {maxBytes} bytes; the email and the execution in ReportGraph have them all.");
        var body = kind switch
        {
            WebhookKind.Slack => SlackMessage.Build(content, kpis, files, omitted),
            WebhookKind.Teams => TeamsMessage.Build(content, kpis, files, omitted),
            _ => JsonWebhookBody.Build(content, deliveryId, kpis, files, omitted),
        };
        var text = body.ToJsonString();
        return Encoding.UTF8.GetByteCount(text) <= maxBytes ? text : null;
    }
}
