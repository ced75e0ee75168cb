using System.Linq.Expressions;
using System.Text.Json;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Deliveries;

/// <summary>One email of an execution to one address, or one post to one webhook.</summary>
[GraphQLName("Delivery")]
public sealed class DeliveryNode : INode
{
    [GraphQLIgnore] public Guid Key { get; init; }
    [GraphQLIgnore] public Guid ExecutionKey { get; init; }

    /// <summary>Global id.</summary>
    [ID] public string Id => GlobalId.Encode("Delivery", Key);
    /// <summary>The address; empty for a webhook.</summary>
    public string Email { get; init; } = "";
    /// <summary>EMAIL or WEBHOOK.</summary>
    public DeliveryChannel Channel { get; init; }
    /// <summary>Where it went, as shown to people: the address, or e.g. "SLACK #finance (hooks.slack.com)" for a webhook.</summary>
    public string Target { get; init; } = "";
    /// <summary>PENDING (not yet sent, or waiting for a retry) → SENT | FAILED | SKIPPED (unsubscribed).</summary>
    public DeliveryStatus Status { get; init; }
    /// <summary>SMTP attempts made.</summary>
    public int Attempts { get; init; }
    /// <summary>The server's last reply, e.g. "550 5.1.1 mailbox unavailable".</summary>
    public string? LastReply { get; init; }
    /// <summary>While PENDING after a transient failure: when the next attempt is due (retries end after Delivery:GiveUpAfter).</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }
    /// <summary>When the server accepted it.</summary>
    public DateTimeOffset? SentAt { get; init; }
    /// <summary>The Message-ID header.</summary>
    public string? MessageId { get; init; }
    [GraphQLIgnore] public string? ParameterSet { get; init; }

    /// <summary>
    /// Of a personalised schedule: the effective parameter values of the report this reader got (readers sharing them
    /// shared one generation; the artifacts with the same parameters are theirs); null for a schedule's single report.
    /// </summary>
    public JsonElement? Parameters() => ParameterSet is null ? null : JsonDocument.Parse(ParameterSet).RootElement.Clone();

    /// <summary>Projection from the entity.</summary>
    public static Expression<Func<Delivery, DeliveryNode>> Projection { get; } = d => new DeliveryNode
    {
        Key = d.Id, ExecutionKey = d.ExecutionId, Email = d.Email, Channel = d.Channel, Target = d.Target ?? d.Email, Status = d.Status, Attempts = d.Attempts,
        LastReply = d.LastReply, NextAttemptAt = d.NextAttemptAt, SentAt = d.SentAt, MessageId = d.MessageId, ParameterSet = d.ParameterSet,
    };
}
