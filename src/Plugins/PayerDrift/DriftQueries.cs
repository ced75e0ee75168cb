using System.Data.Common;
using ReportGraph.Plugins.Shared;

namespace ReportGraph.Plugins.PayerDrift;

/// <summary>The SQL of the payer drift report (portable SQL; values always bound as parameters). <c>@payerId</c> is NULL for all payers.</summary>
internal static class DriftQueries
{
    public const string PayerCodes = "SELECT id FROM payers ORDER BY id";

    /// <summary>Payers as parameter options ("NWH — Northwind Health"), filtered by <c>@search</c>, at most <c>@first</c>.</summary>
    public const string PayerOptions = """
        SELECT id, id || ' — ' || name FROM payers
        WHERE @search IS NULL OR lower(id) LIKE @search OR lower(name) LIKE @search
        ORDER BY id LIMIT @first
        """;

    /// <summary>The option of a payer given by code or name, in any letter case.</summary>
    public const string FindPayerOption = "SELECT id, id || ' — ' || name FROM payers WHERE UPPER(id) = UPPER(@value) OR UPPER(name) = UPPER(@value)";

    /// <summary>Finds a payer by code or by name, ignoring case.</summary>
    public const string FindPayer = "SELECT id, name FROM payers WHERE UPPER(id) = UPPER(@payer) OR UPPER(name) = UPPER(@payer)";

    /// <summary>Claims and denials per payer and day in the window; folded into weeks by <see cref="DriftAnalysis"/>.</summary>
    public const string PayerDays = """
        SELECT p.id, p.name, c.submitted_on, COUNT(*) AS claims,
               SUM(CASE WHEN c.outcome = 'denied' THEN 1 ELSE 0 END) AS denied
        FROM claims c
        JOIN payers p ON p.id = c.payer_id
        WHERE c.submitted_on >= @from AND c.submitted_on <= @end AND (@payerId IS NULL OR c.payer_id = @payerId)
        GROUP BY p.id, p.name, c.submitted_on
        ORDER BY p.name, c.submitted_on
        """;

    /// <summary>Runs <see cref="PayerDays"/> and analyses the result.</summary>
    public static async Task<DriftAnalysis> AnalyseAsync(DbConnection connection, DriftWindow window, string? payerId, CancellationToken cancellationToken)
    {
        var days = await DemoSql.ListAsync(connection, PayerDays,
            [("@from", DemoSql.Iso(window.From)), ("@end", DemoSql.Iso(window.End)), ("@payerId", payerId)],
            r => new PayerDay(r.GetString(0), r.GetString(1), r.GetDate(2), r.GetInt64(3), r.GetInt64(4)),
            cancellationToken);
        return DriftAnalysis.From(window, days);
    }
}
