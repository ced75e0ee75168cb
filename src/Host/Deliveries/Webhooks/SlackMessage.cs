using System.Text.Json.Nodes;

namespace ReportGraph.Host.Deliveries.Webhooks;

/// <summary>
/// The body of a Slack incoming webhook: <c>text</c> (the notification and fallback) and Block Kit blocks — a header,
/// the period, the KPIs as fields (Slack allows ten per section) and the download links.
/// </summary>
public static class SlackMessage
{
    /// <summary>The message for <paramref name="content"/>, with the first <paramref name="kpis"/> KPIs and <paramref name="files"/> links.</summary>
    public static JsonObject Build(WebhookContent content, int kpis, int files, string? omitted)
    {
        var blocks = new JsonArray
        {
            new JsonObject { ["type"] = "header", ["text"] = PlainText(Cut(content.ReportName, 150)) },
            Section($"*{Escape(content.ScheduleName)}* — {Escape(content.Period.Label)}"),
        };
        foreach (var chunk in content.Kpis.Take(kpis).Chunk(10))
        {
            var fields = new JsonArray();
            foreach (var kpi in chunk)
            {
                var detail = kpi.Formatted.Detail is { Length: > 0 } d ? $"\n_{Escape(d)}_" : "";
                fields.Add(Markdown($"*{Escape(kpi.Formatted.Label)}*\n{Escape(kpi.Formatted.Value)}{detail}"));
            }

            blocks.Add(new JsonObject { ["type"] = "section", ["fields"] = fields });
        }

        if (files > 0)
        {
            var links = content.Files.Take(files).Select(f => $"<{f.Link.Url.AbsoluteUri}|{Escape(f.FileName)}>");
            var expires = content.Files[0].Link.ExpiresAt.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
            blocks.Add(Section($"Download: {string.Join(" · ", links)}"));
            blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray { Markdown($"Links work until {expires}.") } });
        }

        if (omitted is not null)
        {
            blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray { Markdown(Escape(omitted)) } });
        }

        return new JsonObject
        {
            ["text"] = $"{content.ReportName} — {content.ScheduleName} — {content.Period.Label}",
            ["blocks"] = blocks,
        };
    }

    private static JsonObject Section(string markdown) => new() { ["type"] = "section", ["text"] = Markdown(markdown) };

    private static JsonObject Markdown(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Slack's mrkdwn escaping: &amp;, &lt; and &gt; would otherwise start entities, links and mentions.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
