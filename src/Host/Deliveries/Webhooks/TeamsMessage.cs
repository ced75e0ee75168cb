using System.Globalization;
using System.Text.Json.Nodes;

namespace ReportGraph.Host.Deliveries.Webhooks;

/// <summary>
/// The body of a Microsoft Teams webhook: a message carrying one Adaptive Card (version 1.4) — title, period, the
/// KPIs as a fact set and one "open" action per download link. Teams Workflows' "when a Teams webhook request is
/// received" and the older incoming-webhook connectors both take this shape.
/// </summary>
public static class TeamsMessage
{
    /// <summary>The message for <paramref name="content"/>, with the first <paramref name="kpis"/> KPIs and <paramref name="files"/> links.</summary>
    public static JsonObject Build(WebhookContent content, int kpis, int files, string? omitted)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = content.ReportName, ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = $"{content.ScheduleName} — {content.Period.Label}", ["isSubtle"] = true, ["wrap"] = true },
        };
        if (kpis > 0)
        {
            var facts = new JsonArray();
            foreach (var kpi in content.Kpis.Take(kpis))
            {
                var detail = kpi.Formatted.Detail is { Length: > 0 } d ? $" ({d})" : "";
                facts.Add(new JsonObject { ["title"] = kpi.Formatted.Label, ["value"] = kpi.Formatted.Value + detail });
            }

            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        }

        if (files > 0)
        {
            var expires = content.Files[0].Link.ExpiresAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = $"Download links work until {expires}.", ["isSubtle"] = true, ["size"] = "Small", ["wrap"] = true });
        }

        if (omitted is not null)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = omitted, ["isSubtle"] = true, ["size"] = "Small", ["wrap"] = true });
        }

        var actions = new JsonArray();
        foreach (var file in content.Files.Take(files))
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = $"Download {file.FileName}", ["url"] = file.Link.Url.AbsoluteUri });
        }

        return new JsonObject
        {
            ["type"] = "message",
            ["summary"] = $"{content.ReportName} — {content.Period.Label}",
            ["attachments"] = new JsonArray
            {
                new JsonObject
                {
                    ["contentType"] = "application/vnd.microsoft.card.adaptive",
                    ["contentUrl"] = null,
                    ["content"] = new JsonObject
                    {
                        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                        ["type"] = "AdaptiveCard",
                        ["version"] = "1.4",
                        ["body"] = body,
                        ["actions"] = actions,
                    },
                },
            },
        };
    }
}
