using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// The two statements every email runs, claiming its attempt and recording its outcome, as relational commands built
/// once from the EF Core model. <c>ExecuteUpdateAsync</c> builds, hashes and parameterises a LINQ expression tree on
/// every call, which was about 9% of the host's CPU in a burst of emails (README → Measured); these commands keep
/// everything else EF Core does for the store (the model's table and column names, each column's type mapping and
/// value converter, so UTC ticks on SQLite and enum names as text, EF's connection with its interceptors, and its
/// command logging and diagnostics) and only skip the translation. The statements are the conditional updates
/// <c>ExecuteUpdateAsync</c> ran, with the same conditions.
/// </summary>
internal sealed class DeliveryAttemptCommands
{
    private readonly IRelationalCommand _claim;
    private readonly IRelationalCommand _finish;

    /// <summary>The commands for the provider of <paramref name="db"/>; made once per host (see <see cref="DeliveryStates"/>).</summary>
    public DeliveryAttemptCommands(ReportGraphDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(Delivery))
            ?? throw new InvalidOperationException("The store model has no Delivery entity.");
        var table = StoreObjectIdentifier.Create(entity, StoreObjectType.Table)
            ?? throw new InvalidOperationException("Delivery is not mapped to a table.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var builders = db.GetService<IRelationalCommandBuilderFactory>();
        var (id, status, attempts) = (Property(nameof(Delivery.Id)), Property(nameof(Delivery.Status)), Property(nameof(Delivery.Attempts)));
        var (nextAttemptAt, updatedAt) = (Property(nameof(Delivery.NextAttemptAt)), Property(nameof(Delivery.UpdatedAt)));
        var pending = status.GetRelationalTypeMapping().GenerateSqlLiteral(DeliveryStatus.Pending);

        _claim = WhereStillPending(Update()
                .Equal(attempts, "attempt").Text(", ").Equal(nextAttemptAt, "inFlightUntil").Text(", ").Equal(updatedAt, "now"))
            .Text(" AND ").Equal(attempts, "attempts")
            .Build();
        _finish = WhereStillPending(Update()
                .Equal(status, "status").Text(", ").Equal(Property(nameof(Delivery.LastReply)), "reply")
                .Text(", ").Equal(Property(nameof(Delivery.SentAt)), "sentAt")
                .Text(", ").Column(nextAttemptAt).Text(" = NULL").Text(", ").Equal(updatedAt, "now"))
            .Build();

        Statement Update() => new Statement(builders.Create(), sql).Text("UPDATE " + sql.DelimitIdentifier(table.Name, table.Schema) + " SET ");

        Statement WhereStillPending(Statement update) => update.Text(" WHERE ").Equal(id, "id").Text(" AND ").Column(status).Text(" = " + pending);

        IProperty Property(string name) => entity.FindProperty(name)
            ?? throw new InvalidOperationException($"The store model's Delivery has no property {name}.");
    }

    /// <summary>
    /// Counts attempt <paramref name="attempts"/> + 1 and marks the delivery in flight until <paramref name="inFlightUntil"/>,
    /// only if it is Pending and nobody counted an attempt since it was read. 1 when this caller got the attempt.
    /// </summary>
    public Task<int> ClaimAsync(ReportGraphDbContext db, Guid id, int attempts, DateTimeOffset inFlightUntil, DateTimeOffset now, CancellationToken ct) =>
        ExecuteAsync(db, _claim, new Dictionary<string, object?>
        {
            ["attempt"] = attempts + 1,
            ["inFlightUntil"] = (DateTimeOffset?)inFlightUntil,
            ["now"] = now,
            ["id"] = id,
            ["attempts"] = attempts,
        }, ct);

    /// <summary>Makes a Pending delivery final with its server's reply; 1 when it was still Pending.</summary>
    public Task<int> FinishAsync(ReportGraphDbContext db, Guid id, DeliveryStatus status, string reply, DateTimeOffset? sentAt, DateTimeOffset now, CancellationToken ct) =>
        ExecuteAsync(db, _finish, new Dictionary<string, object?>
        {
            ["status"] = status,
            ["reply"] = reply,
            ["sentAt"] = sentAt,
            ["now"] = now,
            ["id"] = id,
        }, ct);

    private static Task<int> ExecuteAsync(ReportGraphDbContext db, IRelationalCommand command, Dictionary<string, object?> values, CancellationToken ct) =>
        // Opens and closes EF's connection around the statement, as ExecuteUpdateAsync does.
        command.ExecuteNonQueryAsync(new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(), values, null, db,
            db.GetService<IRelationalCommandDiagnosticsLogger>()), ct);

    /// <summary>One statement's text and typed parameters, written in order.</summary>
    private sealed class Statement(IRelationalCommandBuilder builder, ISqlGenerationHelper sql)
    {
        private readonly StringBuilder _text = new();

        public Statement Text(string value)
        {
            _text.Append(value);
            return this;
        }

        public Statement Column(IProperty property) => Text(sql.DelimitIdentifier(property.GetColumnName()));

        /// <summary><c>column = @name</c> (an assignment or a condition), the parameter typed by the column's mapping, its converter included.</summary>
        public Statement Equal(IProperty property, string name)
        {
            Column(property).Text(" = " + sql.GenerateParameterNamePlaceholder(name));
            builder.AddParameter(name, sql.GenerateParameterName(name), property.GetRelationalTypeMapping(), property.IsNullable);
            return this;
        }

        public IRelationalCommand Build() => builder.Append(_text.ToString()).Build();
    }
}
