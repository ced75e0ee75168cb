using ReportGraph.Abstractions;
using ReportGraph.Plugins.Shared;

namespace ReportGraph.Plugins.StudentReport;

/// <summary>The summary tiles of the student report.</summary>
internal static class StudentKpis
{
    public static readonly IReadOnlyList<KpiDefinition> Declared =
    [
        new("averageGrade", "Average grade") { Description = "Mean score of the period's assessments; none without grades." },
        new("attendance", "Attendance") { Description = "Lessons attended, a fraction: 0.95 is 95 %." },
        new("trend", "Trend") { Description = "Grade points gained (or lost) per week." },
        new("missedLessons", "Missed lessons") { Description = "Lessons the student was absent from." },
    ];

    /// <summary>Attendance at or above this is good; below <see cref="AttendanceWarning"/> it is bad.</summary>
    private const double AttendanceGood = 0.95;
    private const double AttendanceWarning = 0.90;

    /// <summary>A slope smaller than this (points per week, either way) counts as steady.</summary>
    private const double SteadySlope = 0.1;

    public static IReadOnlyList<Kpi> Build(IReadOnlyList<(DateOnly Date, double Score)> grades, IReadOnlyList<AttendanceWeek> weeks)
    {
        var lessons = weeks.Sum(w => w.Lessons);
        var absent = weeks.Sum(w => w.Absent);
        var late = weeks.Sum(w => w.Late);
        var rate = DemoSql.Ratio(lessons - absent, lessons);
        var slope = GradeTrend.PointsPerWeek(grades);
        return
        [
            new("Average grade", grades.Count == 0 ? null : Math.Round(grades.Average(g => g.Score), 1))
            {
                Key = "averageGrade",
                Format = "N1",
                Detail = grades.Count == 0 ? "no grades in this period" : $"{grades.Count} assessments",
            },
            new("Attendance", rate)
            {
                Key = "attendance",
                Type = ColumnType.Percent,
                Format = "P1",
                Detail = $"{lessons - absent} of {lessons} lessons, {late} late",
                Tone = rate is null ? KpiTone.Neutral : rate >= AttendanceGood ? KpiTone.Good : rate >= AttendanceWarning ? KpiTone.Warning : KpiTone.Bad,
            },
            new("Trend", slope is null ? null : Math.Round(slope.Value, 2))
            {
                Key = "trend",
                Format = "+0.00;-0.00;0.00",
                Detail = "points per week",
                Tone = slope is null || Math.Abs(slope.Value) < SteadySlope ? KpiTone.Neutral : slope > 0 ? KpiTone.Good : KpiTone.Bad,
            },
            new("Missed lessons", absent)
            {
                Key = "missedLessons",
                Type = ColumnType.Integer,
                Tone = rate is null || rate >= AttendanceGood ? KpiTone.Neutral : rate >= AttendanceWarning ? KpiTone.Warning : KpiTone.Bad,
            },
        ];
    }
}
