using System.Data.Common;
using ReportGraph.Plugins.Shared;

namespace ReportGraph.Plugins.TutorWeekly;

/// <summary>A row of <see cref="TutorQueries.PerTutorAndWeek"/> as the "Sessions per tutor" table shows it.</summary>
internal static class TutorWeekRow
{
    public static object?[] Read(DbDataReader r)
    {
        var held = r.GetInt64OrNull(3) ?? 0;
        var noShows = r.GetInt64OrNull(6) ?? 0;
        return
        [
            r.GetDate(0),
            r.GetString(1),
            r.GetString(2),
            held,
            Math.Round((r.GetInt64OrNull(4) ?? 0) / 60.0, 2),
            r.GetInt64OrNull(5) ?? 0,
            noShows,
            r.GetInt64OrNull(7) ?? 0,
            DemoSql.Ratio(noShows, held + noShows),
        ];
    }
}
