using System.Data.Common;
using ReportGraph.Plugins.Shared;

namespace ReportGraph.Plugins.StudentReport;

/// <summary>One week of a student's attendance.</summary>
internal sealed record AttendanceWeek(DateOnly WeekStart, long Lessons, long Present, long Absent, long Late)
{
    /// <summary>Share of lessons attended (present or late); null without lessons.</summary>
    public double? Rate => DemoSql.Ratio(Present + Late, Lessons);

    /// <summary>Reads a row of <see cref="StudentQueries.AttendanceByWeek"/>.</summary>
    public static AttendanceWeek Read(DbDataReader r) =>
        new(r.GetDate(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4));

    /// <summary>The table row, in the column order of the "Attendance by week" table.</summary>
    public object?[] ToRow() => [WeekStart, Lessons, Present, Absent, Late, Rate];
}
