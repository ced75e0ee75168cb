using System.Linq.Expressions;
using System.Text.Json;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Schedules;

/// <summary>Someone who receives a schedule's emails.</summary>
[GraphQLName("Recipient")]
public sealed class RecipientNode : INode
{
    [GraphQLIgnore] public Guid Key { get; init; }
    [GraphQLIgnore] public Guid ScheduleKey { get; init; }

    /// <summary>Global id; use it with removeRecipient.</summary>
    [ID] public string Id => GlobalId.Encode("Recipient", Key);
    /// <summary>The address.</summary>
    public string Email { get; init; } = "";
    /// <summary>Name used in the greeting.</summary>
    public string? DisplayName { get; init; }
    /// <summary>False after the recipient unsubscribed; they are then skipped.</summary>
    public bool IsSubscribed { get; init; }
    /// <summary>Added.</summary>
    public DateTimeOffset AddedAt { get; init; }
    /// <summary>When they unsubscribed.</summary>
    public DateTimeOffset? UnsubscribedAt { get; init; }
    [GraphQLIgnore] public string? ParametersJson { get; init; }

    /// <summary>
    /// This reader's own parameter values overriding the schedule's, for example a tutorId; null when they get the
    /// schedule's report. They receive only the report generated with these values.
    /// </summary>
    public JsonElement? Parameters() => ParametersJson is null ? null : JsonDocument.Parse(ParametersJson).RootElement.Clone();

    /// <summary>Projection from the entity.</summary>
    public static Expression<Func<Recipient, RecipientNode>> Projection { get; } = r => new RecipientNode
    {
        Key = r.Id, ScheduleKey = r.ScheduleId, Email = r.Email, DisplayName = r.DisplayName,
        IsSubscribed = r.IsSubscribed, AddedAt = r.AddedAt, UnsubscribedAt = r.UnsubscribedAt, ParametersJson = r.ParametersJson,
    };
}
