using ReportGraph.Abstractions;
using ReportGraph.Plugins.Shared;

namespace ReportGraph.Plugins.StudentReport;

/// <summary>
/// One student's grades, attendance and progress over the reporting period, from the demo school data.
/// </summary>
public sealed class StudentReportDefinition : IReportDefinition
{
    /// <summary>Name of the student id parameter.</summary>
    public const string StudentIdParameter = "studentId";

    /// <summary>What the grade chart and table say when the period has no grades (about half of the demo's weeks).</summary>
    public const string NoGradesText = "No grades in this period";

    /// <summary>Name of the parameter that adds the missed/late lesson list.</summary>
    public const string AttendanceDetailParameter = "includeAttendanceDetail";

    /// <inheritdoc />
    public string Key => "student-report";

    /// <inheritdoc />
    public string DisplayName => "Student report";

    /// <inheritdoc />
    public string Description => "One student's grades with class averages, weekly attendance and grade trend over the period, for teachers and parents.";

    /// <inheritdoc />
    public string Version => "1.0.0";

    /// <inheritdoc />
    public IReadOnlyList<ReportParameter> Parameters { get; } =
    [
        new(StudentIdParameter, ReportParameterType.Integer)
        {
            DisplayName = "Student",
            Description = "Id of the student (the demo school has students 1 to 60).",
            Required = true,
            Minimum = 1,
            Options = new DemoOptions(StudentQueries.StudentOptions, StudentQueries.FindStudent),
        },
        new(AttendanceDetailParameter, ReportParameterType.Boolean)
        {
            DisplayName = "Attendance detail",
            Description = "Adds a table listing every lesson the student missed or came late to.",
            DefaultValue = false,
        },
    ];

    /// <inheritdoc />
    public IReadOnlyList<KpiDefinition> Kpis => StudentKpis.Declared;

    /// <inheritdoc />
    public IReadOnlyList<ReportFormat> SupportedFormats { get; } =
        [ReportFormat.Csv, ReportFormat.Xlsx, ReportFormat.Pdf, ReportFormat.Html, ReportFormat.Json];

    /// <inheritdoc />
    public async Task<ReportResult> GenerateAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var studentId = request.Parameters.GetInt64(StudentIdParameter)
            ?? throw new ArgumentException($"{StudentIdParameter} is required: the id of a student (1 or more).", StudentIdParameter);
        if (studentId < 1) throw new ArgumentException($"{StudentIdParameter} must be 1 or more; got {studentId}.", StudentIdParameter);
        var withDetail = request.Parameters.GetBoolean(AttendanceDetailParameter) ?? false;
        var start = request.Period.StartDate;
        var end = request.Period.EndDateInclusive;
        (string, object?)[] parameters = [("@studentId", studentId), ("@start", DemoSql.Iso(start)), ("@end", DemoSql.Iso(end))];

        await using var connection = await DemoSql.OpenAsync(request.DataSources, cancellationToken);
        var students = await DemoSql.ListAsync(connection, StudentQueries.Student, parameters,
            r => (Name: $"{r.GetString(0)} {r.GetString(1)}", Class: r.GetString(2)), cancellationToken);
        var student = students is [var found] ? found
            : throw new ArgumentException($"{StudentIdParameter}: no student with id {studentId} exists.", StudentIdParameter);

        var grades = await DemoSql.ListAsync(connection, StudentQueries.Grades, parameters,
            r => (Date: r.GetDate(0), Subject: r.GetString(1), Score: r.GetDouble(3)), cancellationToken);
        var weeks = await DemoSql.ListAsync(connection, StudentQueries.AttendanceByWeek, parameters, AttendanceWeek.Read, cancellationToken);

        var tables = new List<ReportTable>
        {
            new()
            {
                Name = "Grades",
                Columns =
                [
                    new("date", "Date", ColumnType.Date),
                    new("subject", "Subject", ColumnType.Text),
                    new("assessment", "Assessment", ColumnType.Text),
                    new("grade", "Grade", ColumnType.Decimal) { Format = "N1" },
                    new("classAverage", "Class average", ColumnType.Decimal) { Format = "N1" },
                ],
                Rows = DemoSql.StreamAsync(request.DataSources, StudentQueries.Grades, parameters,
                    r => [r.GetDate(0), r.GetString(1), r.GetString(2), r.GetDouble(3), Math.Round(r.GetDouble(4), 1)], cancellationToken),
                EmptyText = NoGradesText,
            },
            new()
            {
                Name = "Attendance by week",
                Columns =
                [
                    new("weekStart", "Week of", ColumnType.Date),
                    new("lessons", "Lessons", ColumnType.Integer),
                    new("present", "Present", ColumnType.Integer),
                    new("absent", "Absent", ColumnType.Integer),
                    new("late", "Late", ColumnType.Integer),
                    new("attendanceRate", "Attendance", ColumnType.Percent) { Format = "P1" },
                ],
                Rows = DemoSql.StreamAsync(request.DataSources, StudentQueries.AttendanceByWeek, parameters, r => AttendanceWeek.Read(r).ToRow(), cancellationToken),
                EmptyText = "No lessons in this period",
            },
        };
        if (withDetail)
        {
            tables.Add(new ReportTable
            {
                Name = "Missed and late lessons",
                Columns =
                [
                    new("date", "Date", ColumnType.Date),
                    new("time", "Time", ColumnType.Text),
                    new("subject", "Subject", ColumnType.Text),
                    new("teacher", "Teacher", ColumnType.Text),
                    new("status", "Status", ColumnType.Text),
                ],
                Rows = DemoSql.StreamAsync(request.DataSources, StudentQueries.AttendanceDetail, parameters,
                    r => [r.GetDate(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)], cancellationToken),
                EmptyText = "No missed or late lessons in this period",
            });
        }

        return new ReportResult
        {
            Title = DisplayName,
            Subtitle = $"{student.Name}, class {student.Class}",
            Notes =
            [
                $"Period: {request.Period.Label} ({start:yyyy-MM-dd} to {end:yyyy-MM-dd}).",
                "Grades are points out of 100. Attendance counts late arrivals as attended; the trend is the least-squares slope of all grades in the period.",
            ],
            Kpis = StudentKpis.Build(grades.Select(g => (g.Date, g.Score)).ToList(), weeks),
            Charts = [GradeChart(grades)],
            Tables = tables,
        };
    }

    /// <summary>One line per subject: the student's average grade in each assessment week (all subjects share those weeks).</summary>
    private static Chart GradeChart(IReadOnlyList<(DateOnly Date, string Subject, double Score)> grades)
    {
        static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
        var weeks = grades.Select(g => Monday(g.Date)).Distinct().Order().ToList();
        var series = grades.GroupBy(g => g.Subject).OrderBy(g => g.Key)
            .Select(subject => new ChartSeries(subject.Key, weeks
                .Select(w => new ChartPoint(w, subject.Where(g => Monday(g.Date) == w).Select(g => (double?)g.Score).Average() is { } avg ? Math.Round(avg, 1) : null))
                .ToList()))
            .ToList();
        return new Chart
        {
            Title = "Grades over time",
            Kind = ChartKind.Line,
            Series = series,
            XAxisTitle = "Week",
            YAxisTitle = "Points",
            YAxisType = ColumnType.Decimal,
            // Weeks without assessments are common: the chart then says so instead of plotting nothing.
            EmptyText = NoGradesText,
        };
    }
}
