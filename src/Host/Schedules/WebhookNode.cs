using System.Linq.Expressions;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Schedules;

/// <summary>A webhook a schedule posts every run to. Neither its secret nor its full URL (a credential for Slack and Teams) is shown.</summary>
[GraphQLName("Webhook")]
public sealed class WebhookNode
{
    [GraphQLIgnore] public Guid Key { get; init; }
    [GraphQLIgnore] public Guid ScheduleKey { get; init; }
    [GraphQLIgnore] public string Url { get; init; } = "";

    /// <summary>Global id; use it with removeWebhook.</summary>
    [ID] public string Id => GlobalId.Encode("Webhook", Key);
    /// <summary>SLACK, TEAMS or JSON.</summary>
    public WebhookKind Kind { get; init; }
    /// <summary>A name people recognise.</summary>
    public string Name { get; init; } = "";
    /// <summary>The host posted to, e.g. "hooks.slack.com".</summary>
    public string Host => Uri.TryCreate(Url, UriKind.Absolute, out var url) ? url.Authority : "";
    /// <summary>True when a signing secret is stored (JSON webhooks); the secret itself is never shown.</summary>
    public bool HasSecret { get; init; }
    /// <summary>Added.</summary>
    public DateTimeOffset AddedAt { get; init; }

    /// <summary>Projection from the entity.</summary>
    public static Expression<Func<ScheduleWebhook, WebhookNode>> Projection { get; } = w => new WebhookNode
    {
        Key = w.Id, ScheduleKey = w.ScheduleId, Url = w.Url, Kind = w.Kind, Name = w.Name,
        HasSecret = w.EncryptedSecret != null, AddedAt = w.AddedAt,
    };
}
