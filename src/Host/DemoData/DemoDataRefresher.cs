using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.DemoData;

/// <summary>
/// Brings the demo database in the data folder up to today, when <c>Demo:Enabled</c> and <c>Demo:Refresh</c> are on.
/// Only that file is written, never a data source configured by the user. A failure is logged and never thrown:
/// the reports keep the data they have, and the next start or day tries again.
/// </summary>
internal sealed class DemoDataRefresher(DataDirectory dataDirectory, IOptions<DemoDataOptions> options, TimeProvider clock, ILogger<DemoDataRefresher> logger)
{
    /// <summary>The demo database the seeder creates.</summary>
    public string FilePath { get; } = Path.Combine(dataDirectory.Path, DemoDatabase.FileName);

    public bool IsEnabled => options.Value.Enabled && options.Value.Refresh;

    /// <summary>Appends the missing days; null when disabled or failed (logged).</summary>
    public async Task<DemoUpdateResult?> RefreshAsync(CancellationToken cancellationToken)
    {
        if (!IsEnabled) return null;
        try
        {
            var result = await DemoDatabaseUpdater.UpdateAsync(FilePath, clock, options.Value.RefreshLockTimeout, cancellationToken);
            if (result.Extended)
            {
                logger.LogInformation(
                    "Demo data brought up to date: added {From:yyyy-MM-dd} to {To:yyyy-MM-dd} ({Rows} rows) to {Path}; {Settled} claims of the drifting payers settled as the drift moved to the new last weeks",
                    result.PreviousLastDay.AddDays(1), result.LastDay, result.RowsAdded, FilePath, result.ClaimsSettled);
            }
            else
            {
                logger.LogDebug("Demo data in {Path} is up to date (last day {LastDay:yyyy-MM-dd})", FilePath, result.LastDay);
            }
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not bring the demo data in {Path} up to date; reports keep the days it has, and it is tried again at the next start and daily", FilePath);
            return null;
        }
    }
}
