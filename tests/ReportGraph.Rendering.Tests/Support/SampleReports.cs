using System.Globalization;
using System.Runtime.CompilerServices;
using ReportGraph.Abstractions;

namespace ReportGraph.Rendering.Tests.Support;

/// <summary>Deterministic report results shaped like the three sample plugins' reports, plus large generated tables.</summary>
internal static class SampleReports
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    public static readonly CultureInfo EnUs = CultureInfo.GetCultureInfo("en-US");
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 16, 8, 0, 0, TimeSpan.FromHours(1));
    public static readonly ReportPeriod Week46 = new(new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.FromHours(1)), "Week 46, 2026");

    public static RenderRequest Request(ReportResult result, string name = "Weekly report", CultureInfo? culture = null) =>
        new(result, name, Week46, Berlin, culture ?? EnUs, GeneratedAt, "Ada Admin", "weekly-report-2026-11-16");

    public static ReportTable Table(string name, IReadOnlyList<ReportColumn> columns, IReadOnlyList<object?[]> rows) =>
        new() { Name = name, Columns = columns, Rows = Async(rows) };

    public static async IAsyncEnumerable<object?[]> Async(IReadOnlyList<object?[]> rows, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return row;
        }
    }

    /// <summary>A claims table of <paramref name="count"/> generated rows; <paramref name="onRow"/> sees each row number as it is produced.</summary>
    public static ReportTable Claims(int count, Action<int>? onRow = null, bool longNotes = false) => new()
    {
        Name = "Claims",
        Columns =
        [
            new ReportColumn("claimId", "Claim id", ColumnType.Text),
            new ReportColumn("payer", "Payer", ColumnType.Text),
            new ReportColumn("serviceDate", "Service date", ColumnType.Date),
            new ReportColumn("amount", "Amount", ColumnType.Currency),
            new ReportColumn("denialRate", "Denial rate", ColumnType.Percent),
            new ReportColumn("note", "Note", ColumnType.Text),
        ],
        Rows = GenerateClaims(count, onRow, longNotes),
    };

    private static async IAsyncEnumerable<object?[]> GenerateClaims(int count, Action<int>? onRow, bool longNotes, [EnumeratorCancellation] CancellationToken ct = default)
    {
        string[] payers = ["Acme Health", "Blue Valley Mutual", "Northwind Care", "Contoso Insurance"];
        for (var i = 1; i <= count; i++)
        {
            ct.ThrowIfCancellationRequested();
            onRow?.Invoke(i);
            if (i % 512 == 0) await Task.Yield();
            var note = longNotes
                ? $"Note for row {i}: appeal lodged with the payer after the first denial, documentation resent twice, waiting on the medical director's review end-{i}"
                : i % 7 == 0 ? "Resubmitted" : "";
            yield return [$"CLM-{i:D6}", payers[i % payers.Length], new DateOnly(2026, 11, 9).AddDays(i % 7), 100m + i % 997 + 0.5m, (i % 40) / 400.0, note];
        }
    }

    public static ReportResult PayerDrift() => new()
    {
        Title = "Payer drift report",
        Subtitle = "Weekly claim denial rate per payer",
        Kpis =
        [
            new Kpi("Claims", 12840) { Type = ColumnType.Integer, Detail = "+4.2 % vs last week" },
            new Kpi("Denial rate", 0.071) { Type = ColumnType.Percent, Detail = "baseline 5.2 %", Tone = KpiTone.Warning },
            new Kpi("Payers drifting", 1) { Type = ColumnType.Integer, Detail = "Blue Valley Mutual", Tone = KpiTone.Bad },
            new Kpi("Denied amount", 48210.75m) { Type = ColumnType.Currency, Tone = KpiTone.Neutral },
        ],
        Notes = ["Drift is flagged when a payer's weekly denial rate exceeds its 8-week baseline by more than 3 percentage points. Method: https://example.org/drift-method."],
        Charts =
        [
            new Chart
            {
                Title = "Denial rate per payer",
                Kind = ChartKind.Line,
                YAxisType = ColumnType.Percent,
                XAxisTitle = "Week starting",
                YAxisTitle = "Denial rate",
                Series =
                [
                    Weekly("Acme Health", [0.041, 0.044, 0.039, 0.046, 0.043, 0.047, 0.045, 0.049]),
                    Weekly("Blue Valley Mutual", [0.052, 0.055, 0.051, 0.058, 0.066, 0.079, 0.088, 0.097]),
                    Weekly("Northwind Care", [0.061, 0.058, 0.060, 0.057, null, 0.059, 0.062, 0.060]),
                ],
                Thresholds = [new ChartThreshold("Drift threshold", 0.08)],
            },
        ],
        Tables =
        [
            Table("Denial rate per payer",
                [
                    new ReportColumn("payer", "Payer", ColumnType.Text),
                    new ReportColumn("claims", "Claims", ColumnType.Integer),
                    new ReportColumn("denied", "Denied", ColumnType.Integer),
                    new ReportColumn("denialRate", "Denial rate", ColumnType.Percent),
                    new ReportColumn("baseline", "Baseline", ColumnType.Percent),
                    new ReportColumn("drift", "Drift", ColumnType.Boolean),
                ],
                [
                    ["Acme Health", 4210, 206, 0.049, 0.044, false],
                    ["Blue Valley Mutual", 3877, 376, 0.097, 0.054, true],
                    ["Northwind Care", 2931, 176, 0.060, 0.059, false],
                    ["Contoso Insurance", 1822, 93, 0.051, 0.050, false],
                ]),
        ],
    };

    public static ReportResult TutorWeekly() => new()
    {
        Title = "Tutor weekly report",
        Kpis =
        [
            new Kpi("Sessions held", 86) { Type = ColumnType.Integer, Tone = KpiTone.Good, Detail = "of 90 planned" },
            new Kpi("Tutoring hours", 97.5) { Type = ColumnType.Decimal, Format = "N1" },
            new Kpi("Students", 41) { Type = ColumnType.Integer },
        ],
        Charts =
        [
            new Chart
            {
                Title = "Sessions per tutor",
                Kind = ChartKind.StackedBar,
                YAxisType = ColumnType.Integer,
                Series =
                [
                    new ChartSeries("Held", [new ChartPoint("Maria Schmidt", 24), new ChartPoint("Jonas Weber", 19), new ChartPoint("Aylin Kaya", 22), new ChartPoint("Tom Becker", 21)]),
                    new ChartSeries("Cancelled", [new ChartPoint("Maria Schmidt", 1), new ChartPoint("Jonas Weber", 2), new ChartPoint("Aylin Kaya", 0), new ChartPoint("Tom Becker", 1)]),
                ],
            },
        ],
        Tables =
        [
            Table("Sessions",
                [
                    new ReportColumn("tutor", "Tutor", ColumnType.Text),
                    new ReportColumn("date", "Date", ColumnType.Date),
                    new ReportColumn("start", "Start", ColumnType.DateTime),
                    new ReportColumn("student", "Student", ColumnType.Text),
                    new ReportColumn("hours", "Hours", ColumnType.Decimal) { Format = "N1" },
                    new ReportColumn("link", "Session notes", ColumnType.Text),
                ],
                Enumerable.Range(0, 24).Select(i => new object?[]
                {
                    (string[])["Maria Schmidt", "Jonas Weber", "Aylin Kaya", "Tom Becker"] is var t ? t[i % 4] : "",
                    new DateOnly(2026, 11, 9).AddDays(i % 5),
                    new DateTimeOffset(2026, 11, 9 + i % 5, 14 + i % 3, 0, 0, TimeSpan.Zero),
                    $"Student {i + 1:D2}",
                    1 + (i % 3) * 0.5,
                    new Uri($"https://example.org/sessions/{i + 1}"),
                }).ToList()),
        ],
    };

    public static ReportResult Student() => new()
    {
        Title = "Student report",
        Subtitle = "Zoë Łukasiewicz · Class 9b",
        Kpis =
        [
            new Kpi("Average grade", 2.1) { Type = ColumnType.Decimal, Format = "N1", Tone = KpiTone.Good, Detail = "improved from 2.6" },
            new Kpi("Attendance", 0.943) { Type = ColumnType.Percent, Detail = "3 days absent" },
        ],
        Notes = ["Zoë made steady progress in mathematics this term; German essays remain her strongest work."],
        Charts =
        [
            new Chart
            {
                Title = "Grades over time",
                Kind = ChartKind.Bar,
                YAxisType = ColumnType.Decimal,
                YAxisTitle = "Grade (1 best)",
                Series =
                [
                    new ChartSeries("Mathematics", [new ChartPoint("Sep", 3.0), new ChartPoint("Oct", 2.7), new ChartPoint("Nov", 2.3)]),
                    new ChartSeries("German", [new ChartPoint("Sep", 1.7), new ChartPoint("Oct", 1.7), new ChartPoint("Nov", 1.3)]),
                    new ChartSeries("English", [new ChartPoint("Sep", 2.3), new ChartPoint("Oct", 2.0), new ChartPoint("Nov", 2.0)]),
                ],
            },
        ],
        Tables =
        [
            Table("Grades",
                [
                    new ReportColumn("subject", "Subject", ColumnType.Text),
                    new ReportColumn("date", "Date", ColumnType.Date),
                    new ReportColumn("assessment", "Assessment", ColumnType.Text),
                    new ReportColumn("grade", "Grade", ColumnType.Decimal) { Format = "N1" },
                ],
                [
                    ["Mathematics", new DateOnly(2026, 9, 18), "Algebra test", 3.0],
                    ["German", new DateOnly(2026, 9, 25), "Essay: Herbst", 1.7],
                    ["Mathematics", new DateOnly(2026, 10, 16), "Geometry test", 2.7],
                    ["English", new DateOnly(2026, 10, 23), "Oral presentation", 2.0],
                    ["Mathematics", new DateOnly(2026, 11, 13), "Functions quiz", 2.3],
                ]),
        ],
    };

    private static ChartSeries Weekly(string name, double?[] values) =>
        new(name, values.Select((v, i) => new ChartPoint(new DateOnly(2026, 9, 21).AddDays(7 * i), v)).ToList());
}
