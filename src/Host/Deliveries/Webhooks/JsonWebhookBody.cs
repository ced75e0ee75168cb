using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Deliveries.Webhooks;

/// <summary>
/// The body of a generic JSON webhook: <c>event</c> "report.delivered", the delivery id (the same on every retry, for
/// receivers that drop repeats), execution and schedule ids (global ids, usable with <c>node(id)</c>), the period,
/// the KPIs (formatted and raw) and the files with signed download links.
/// </summary>
public static class JsonWebhookBody
{
    /// <summary>The body for <paramref name="content"/>, with the first <paramref name="kpis"/> KPIs and <paramref name="files"/> files.</summary>
    public static JsonObject Build(WebhookContent content, Guid deliveryId, int kpis, int files, string? omitted)
    {
        var kpiArray = new JsonArray();
        foreach (var kpi in content.Kpis.Take(kpis))
        {
            kpiArray.Add(new JsonObject
            {
                ["label"] = kpi.Formatted.Label,
                ["value"] = Raw(kpi.RawValue),
                ["formatted"] = kpi.Formatted.Value,
                ["detail"] = kpi.Formatted.Detail,
                ["tone"] = kpi.Formatted.Tone.ToString().ToUpperInvariant(),
            });
        }

        var fileArray = new JsonArray();
        foreach (var file in content.Files.Take(files))
        {
            fileArray.Add(new JsonObject
            {
                ["fileName"] = file.FileName,
                ["contentType"] = file.ContentType,
                ["sizeBytes"] = file.SizeBytes,
                ["url"] = file.Link.Url.AbsoluteUri,
                ["expiresAt"] = file.Link.ExpiresAt,
            });
        }

        return new JsonObject
        {
            ["event"] = "report.delivered",
            ["deliveryId"] = GlobalId.Encode("Delivery", deliveryId),
            ["executionId"] = GlobalId.Encode("Execution", content.ExecutionId),
            ["trigger"] = content.Trigger,
            ["scheduledFor"] = content.ScheduledFor,
            ["schedule"] = new JsonObject { ["id"] = GlobalId.Encode("Schedule", content.ScheduleId), ["name"] = content.ScheduleName },
            ["report"] = content.ReportName,
            ["period"] = new JsonObject { ["label"] = content.Period.Label, ["start"] = content.Period.Start, ["end"] = content.Period.End },
            ["kpis"] = kpiArray,
            ["artifacts"] = fileArray,
            ["omitted"] = omitted,
        };
    }

    private static JsonNode? Raw(object? value)
    {
        try
        {
            return value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType());
        }
        catch (Exception e) when (e is NotSupportedException or JsonException)
        {
            return JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
