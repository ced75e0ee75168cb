using ReportGraph.Abstractions;
using ReportGraph.Plugins.Shared;

namespace ReportGraph.Plugins.TutorWeekly;

/// <summary>Per tutor and week: sessions held, hours, distinct students, no-shows and cancellations.</summary>
public sealed class TutorWeeklyDefinition : IReportDefinition
{
    /// <summary>Name of the tutor parameter.</summary>
    public const string TutorIdParameter = "tutorId";

    /// <summary>The <see cref="TutorIdParameter"/> value meaning every tutor.</summary>
    public const string AllTutors = "all";

    /// <summary>What the chart and table say when the period has no sessions.</summary>
    public const string NoSessionsText = "No tutoring sessions in this period";

    /// <summary>No-show rates up to this are good; above <see cref="NoShowBad"/> they are bad.</summary>
    private const double NoShowGood = 0.05;
    private const double NoShowBad = 0.10;

    /// <inheritdoc />
    public string Key => "tutor-weekly";

    /// <inheritdoc />
    public string DisplayName => "Tutor weekly report";

    /// <inheritdoc />
    public string Description => "Tutoring sessions held, hours, students, no-shows and cancellations per tutor and week, for tutors and their coordinators.";

    /// <inheritdoc />
    public string Version => "1.0.0";

    /// <inheritdoc />
    public IReadOnlyList<ReportParameter> Parameters { get; } =
    [
        new(TutorIdParameter, ReportParameterType.String)
        {
            DisplayName = "Tutor",
            Description = "A tutor id such as T01 (the demo has T01 to T06), or \"all\" for every tutor.",
            DefaultValue = AllTutors,
            MaxLength = 32,
            Options = new DemoOptions(TutorQueries.TutorOptions, TutorQueries.FindTutor, [new ParameterOption(AllTutors, "All tutors")]),
        },
    ];

    /// <inheritdoc />
    public IReadOnlyList<KpiDefinition> Kpis { get; } =
    [
        new("sessionsHeld", "Sessions held") { Description = "Sessions held in the period." },
        new("hours", "Hours") { Description = "Hours of held sessions." },
        new("noShowRate", "No-show rate") { Description = "No-shows / (held + no-shows), a fraction: 0.1 is 10 %." },
    ];

    /// <inheritdoc />
    public IReadOnlyList<ReportFormat> SupportedFormats { get; } =
        [ReportFormat.Csv, ReportFormat.Xlsx, ReportFormat.Pdf, ReportFormat.Html, ReportFormat.Json];

    /// <inheritdoc />
    public async Task<ReportResult> GenerateAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var given = request.Parameters.GetString(TutorIdParameter)?.Trim();
        var tutorId = string.IsNullOrEmpty(given) || given.Equals(AllTutors, StringComparison.OrdinalIgnoreCase) ? null : given.ToUpperInvariant();
        var start = request.Period.StartDate;
        var end = request.Period.EndDateInclusive;
        (string, object?)[] parameters = [("@tutorId", tutorId), ("@start", DemoSql.Iso(start)), ("@end", DemoSql.Iso(end))];

        await using var connection = await DemoSql.OpenAsync(request.DataSources, cancellationToken);
        string? tutorName = null;
        if (tutorId is not null)
        {
            tutorName = (await DemoSql.ListAsync(connection, TutorQueries.TutorName, parameters, r => r.GetString(0), cancellationToken)).SingleOrDefault();
            if (tutorName is null)
            {
                var known = await DemoSql.ListAsync(connection, TutorQueries.TutorIds, [], r => r.GetString(0), cancellationToken);
                throw new ArgumentException(
                    $"{TutorIdParameter}: no tutor with id '{given}' exists; use one of {string.Join(", ", known)} or \"{AllTutors}\".", TutorIdParameter);
            }
        }

        var perTutor = await DemoSql.ListAsync(connection, TutorQueries.PerTutor, parameters,
            r => (Id: r.GetString(0), Name: r.GetString(1), Held: r.GetInt64OrNull(2) ?? 0, Minutes: r.GetInt64OrNull(3) ?? 0,
                  NoShows: r.GetInt64OrNull(4) ?? 0, Cancelled: r.GetInt64OrNull(5) ?? 0),
            cancellationToken);
        var students = (await DemoSql.ListAsync(connection, TutorQueries.DistinctStudents, parameters, r => r.GetInt64(0), cancellationToken)).Single();

        var held = perTutor.Sum(t => t.Held);
        var noShows = perTutor.Sum(t => t.NoShows);
        var noShowRate = DemoSql.Ratio(noShows, held + noShows);
        return new ReportResult
        {
            Title = DisplayName,
            Subtitle = tutorName is null ? $"All tutors, {request.Period.Label}" : $"{tutorName} ({tutorId}), {request.Period.Label}",
            Notes =
            [
                $"Period: {start:yyyy-MM-dd} to {end:yyyy-MM-dd}; weeks run Monday to Sunday.",
                "Hours and students count held sessions only (students: distinct students). No-show rate = no-shows / (held + no-shows); cancelled sessions are not counted against it.",
            ],
            Kpis =
            [
                new("Sessions held", held) { Key = "sessionsHeld", Type = ColumnType.Integer, Detail = $"{perTutor.Sum(t => t.Cancelled)} cancelled" },
                new("Hours", Math.Round(perTutor.Sum(t => t.Minutes) / 60.0, 1)) { Key = "hours", Format = "N1", Detail = $"{students} students" },
                new("No-show rate", noShowRate)
                {
                    Key = "noShowRate",
                    Type = ColumnType.Percent,
                    Format = "P1",
                    Detail = $"{noShows} no-shows",
                    Tone = noShowRate is null ? KpiTone.Neutral : noShowRate <= NoShowGood ? KpiTone.Good : noShowRate <= NoShowBad ? KpiTone.Warning : KpiTone.Bad,
                },
            ],
            Charts =
            [
                new Chart
                {
                    Title = "Sessions per tutor",
                    Kind = ChartKind.StackedBar,
                    XAxisTitle = "Tutor",
                    YAxisTitle = "Sessions",
                    YAxisType = ColumnType.Integer,
                    EmptyText = NoSessionsText,
                    // Rows of zeros are no data: without any session the chart shows its empty state, not flat bars.
                    Series = perTutor.All(t => t.Held + t.NoShows + t.Cancelled == 0) ? [] :
                    [
                        new ChartSeries("Held", perTutor.Select(t => new ChartPoint(t.Name, t.Held)).ToList()),
                        new ChartSeries("No-show", perTutor.Select(t => new ChartPoint(t.Name, t.NoShows)).ToList()),
                        new ChartSeries("Cancelled", perTutor.Select(t => new ChartPoint(t.Name, t.Cancelled)).ToList()),
                    ],
                },
            ],
            Tables =
            [
                new ReportTable
                {
                    Name = "Sessions per tutor",
                    Columns =
                    [
                        new("weekStart", "Week of", ColumnType.Date),
                        new("tutorId", "Tutor id", ColumnType.Text),
                        new("tutor", "Tutor", ColumnType.Text),
                        new("sessionsHeld", "Sessions held", ColumnType.Integer),
                        new("hours", "Hours", ColumnType.Decimal) { Format = "N2" },
                        new("students", "Students", ColumnType.Integer),
                        new("noShows", "No-shows", ColumnType.Integer),
                        new("cancellations", "Cancellations", ColumnType.Integer),
                        new("noShowRate", "No-show rate", ColumnType.Percent) { Format = "P1" },
                    ],
                    Rows = DemoSql.StreamAsync(request.DataSources, TutorQueries.PerTutorAndWeek, parameters, TutorWeekRow.Read, cancellationToken),
                    EmptyText = NoSessionsText,
                },
            ],
        };
    }
}
