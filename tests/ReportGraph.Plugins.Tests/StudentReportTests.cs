using ReportGraph.Abstractions;
using ReportGraph.Host.DemoData;
using ReportGraph.Plugins.StudentReport;
using static ReportGraph.Plugins.Tests.Requests;

namespace ReportGraph.Plugins.Tests;

[Collection(DemoCollection.Name)]
public sealed class StudentReportTests(DemoFixture demo)
{
    private const int StudentId = 7;
    private static readonly DateOnly Start = DemoFixture.LastDay.AddDays(-55); // eight Monday-based weeks
    private static readonly DateOnly End = DemoFixture.LastDay;
    private readonly StudentReportDefinition _report = new();

    private Task<ReportResult> RunAsync(params (string, object?)[] values) =>
        _report.GenerateAsync(For(_report, demo.Sources(), Start, End, values), CancellationToken.None);

    private List<(DateOnly Date, string Subject, string Title, double Score, double ClassAverage)> ExpectedGrades() =>
        (from g in demo.Data.Grades
         where g.StudentId == StudentId
         join a in demo.Data.Assessments on g.AssessmentId equals a.Id
         where a.Date >= Start && a.Date <= End
         join s in demo.Data.Subjects on a.SubjectId equals s.Id
         let classAverage = demo.Data.Grades.Where(c => c.AssessmentId == a.Id).Average(c => c.Score)
         orderby a.Date, s.Name
         select (a.Date, s.Name, a.Title, g.Score, Math.Round(classAverage, 1))).ToList();

    private List<(DateOnly Date, AttendanceStatus Status)> ExpectedAttendance() =>
        (from m in demo.Data.Attendance
         where m.StudentId == StudentId
         join l in demo.Data.Lessons on m.LessonId equals l.Id
         where l.Date >= Start && l.Date <= End
         select (l.Date, m.Status)).ToList();

    [Fact]
    public async Task Grades_table_lists_the_students_grades_with_class_averages()
    {
        var result = await RunAsync((StudentReportDefinition.StudentIdParameter, (long)StudentId));
        var rows = await RowsAsync(Table(result, "Grades"));

        var expected = ExpectedGrades();
        Assert.Equal(24, expected.Count); // six subjects, four assessment weeks in eight weeks
        Assert.Equal(expected.Select(e => (object?)e.Date), rows.Select(r => r[0]));
        Assert.Equal(expected.Select(e => e.Subject), rows.Select(r => (string)r[1]!));
        Assert.Equal(expected.Select(e => e.Title), rows.Select(r => (string)r[2]!));
        Assert.Equal(expected.Select(e => e.Score), rows.Select(r => (double)r[3]!));
        // Rounded to one decimal; SQLite may sum in another order, so a tie can round the other way.
        Assert.All(expected.Zip(rows), p => Assert.Equal(p.First.ClassAverage, (double)p.Second[4]!, 0.1 + 1e-9));
    }

    [Fact]
    public async Task Kpis_show_average_grade_attendance_trend_and_missed_lessons()
    {
        var result = await RunAsync((StudentReportDefinition.StudentIdParameter, (long)StudentId));
        var kpis = result.Kpis.ToDictionary(k => k.Label);

        var grades = ExpectedGrades();
        Assert.Equal(Math.Round(grades.Average(g => g.Score), 1), kpis["Average grade"].Value);

        var attendance = ExpectedAttendance();
        var absent = attendance.Count(a => a.Status == AttendanceStatus.Absent);
        Assert.Equal((double)(attendance.Count - absent) / attendance.Count, (double)kpis["Attendance"].Value!, 10);
        Assert.Equal(ColumnType.Percent, kpis["Attendance"].Type);
        Assert.Equal((long)absent, kpis["Missed lessons"].Value);

        // Least-squares slope in points per week, written independently of the plugin.
        var xs = grades.Select(g => g.Date.DayNumber / 7.0).ToList();
        var ys = grades.Select(g => g.Score).ToList();
        var n = xs.Count;
        var slope = (n * xs.Zip(ys, (x, y) => x * y).Sum() - xs.Sum() * ys.Sum()) / (n * xs.Sum(x => x * x) - xs.Sum() * xs.Sum());
        Assert.Equal(Math.Round(slope, 2), (double)kpis["Trend"].Value!, 10);
        Assert.Equal(slope > 0.1 ? KpiTone.Good : slope < -0.1 ? KpiTone.Bad : KpiTone.Neutral, kpis["Trend"].Tone);
    }

    [Fact]
    public async Task Improving_and_declining_students_get_good_and_bad_trend_tones()
    {
        var tones = new HashSet<KpiTone>();
        for (var id = 1L; id <= 20 && tones.Count < 2; id++)
        {
            var result = await _report.GenerateAsync(For(_report, demo.Sources(), demo.Data.FirstDay, End, (StudentReportDefinition.StudentIdParameter, id)), CancellationToken.None);
            tones.Add(result.Kpis.Single(k => k.Label == "Trend").Tone);
        }
        Assert.Contains(KpiTone.Good, tones);
        Assert.Contains(KpiTone.Bad, tones);
    }

    [Fact]
    public async Task Attendance_table_has_one_row_per_week()
    {
        var result = await RunAsync((StudentReportDefinition.StudentIdParameter, (long)StudentId));
        var table = Table(result, "Attendance by week");
        var rows = await RowsAsync(table);

        var expected = ExpectedAttendance().GroupBy(a => Monday(a.Date)).OrderBy(g => g.Key).Select(g => new object?[]
        {
            g.Key, (long)g.Count(), (long)g.Count(a => a.Status == AttendanceStatus.Present), (long)g.Count(a => a.Status == AttendanceStatus.Absent),
            (long)g.Count(a => a.Status == AttendanceStatus.Late), (double)g.Count(a => a.Status != AttendanceStatus.Absent) / g.Count(),
        }).ToList();
        Assert.Equal(8, rows.Count);
        Assert.Equal(expected, rows);
        Assert.All(rows, r => Assert.Equal(20L, r[1])); // four lessons a school day
    }

    [Fact]
    public async Task Attendance_detail_is_added_only_when_asked_for()
    {
        var without = await RunAsync((StudentReportDefinition.StudentIdParameter, (long)StudentId));
        var with = await RunAsync((StudentReportDefinition.StudentIdParameter, (long)StudentId), (StudentReportDefinition.AttendanceDetailParameter, true));

        Assert.DoesNotContain(without.Tables, t => t.Name == "Missed and late lessons");
        var detail = await RowsAsync(Table(with, "Missed and late lessons"));
        var expected = ExpectedAttendance().Where(a => a.Status != AttendanceStatus.Present).ToList();
        Assert.Equal(expected.Count, detail.Count);
        Assert.Equal(expected.Select(e => e.Status == AttendanceStatus.Late ? "late" : "absent").Order(), detail.Select(r => (string)r[4]!).Order());
    }

    [Fact]
    public async Task Chart_has_a_line_per_subject_over_shared_weeks()
    {
        var result = await RunAsync((StudentReportDefinition.StudentIdParameter, (long)StudentId));
        var chart = Assert.Single(result.Charts);

        Assert.Equal(ChartKind.Line, chart.Kind);
        Assert.Equal(demo.Data.Subjects.Select(s => s.Name).Order(StringComparer.Ordinal), chart.Series.Select(s => s.Name));
        var weeks = ExpectedGrades().Select(g => (object)Monday(g.Date)).Distinct().ToList();
        Assert.All(chart.Series, s => Assert.Equal(weeks, s.Points.Select(p => p.X)));
        var maths = chart.Series.Single(s => s.Name == "Mathematics");
        Assert.Equal(ExpectedGrades().Where(g => g.Subject == "Mathematics").Select(g => (double?)g.Score), maths.Points.Select(p => p.Y));
    }

    [Fact]
    public async Task Subtitle_names_the_student_and_class()
    {
        var student = demo.Data.Students.Single(s => s.Id == StudentId);
        var result = await RunAsync((StudentReportDefinition.StudentIdParameter, (long)StudentId));
        Assert.Equal($"{student.FirstName} {student.LastName}, class {student.ClassName}", result.Subtitle);
    }

    [Fact]
    public async Task An_unknown_student_is_a_clear_argument_error()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => RunAsync((StudentReportDefinition.StudentIdParameter, 999L)));
        Assert.Equal("studentId", error.ParamName);
        Assert.Contains("no student with id 999", error.Message);
    }

    [Fact]
    public async Task A_missing_student_id_is_a_clear_argument_error()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => RunAsync());
        Assert.Equal("studentId", error.ParamName);
        Assert.Contains("required", error.Message);
    }

    [Fact]
    public async Task A_period_without_data_gives_empty_tables_and_empty_kpis()
    {
        var later = End.AddDays(100);
        var result = await _report.GenerateAsync(For(_report, demo.Sources(), later, later.AddDays(6), (StudentReportDefinition.StudentIdParameter, 1L)), CancellationToken.None);

        Assert.Empty(await RowsAsync(Table(result, "Grades")));
        Assert.Null(result.Kpis.Single(k => k.Label == "Average grade").Value);
        Assert.Null(result.Kpis.Single(k => k.Label == "Attendance").Value);
        Assert.Empty(Assert.Single(result.Charts).Series);
    }
}
