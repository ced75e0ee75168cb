using ReportGraph.Abstractions;
using ReportGraph.Host.DemoData;
using ReportGraph.Plugins.TutorWeekly;
using static ReportGraph.Plugins.Tests.Requests;

namespace ReportGraph.Plugins.Tests;

[Collection(DemoCollection.Name)]
public sealed class TutorWeeklyTests(DemoFixture demo)
{
    private static readonly DateOnly Monday = DemoFixture.LastDay.AddDays(-6);
    private readonly TutorWeeklyDefinition _report = new();

    private Task<ReportResult> RunAsync(DateOnly start, DateOnly end, params (string, object?)[] values) =>
        _report.GenerateAsync(For(_report, demo.Sources(), start, end, values), CancellationToken.None);

    private List<TutoringSession> Sessions(DateOnly start, DateOnly end, string? tutorId = null) =>
        demo.Data.TutoringSessions.Where(s => s.Date >= start && s.Date <= end && (tutorId is null || s.TutorId == tutorId)).ToList();

    /// <summary>The expected table row of a tutor's sessions in one week.</summary>
    private static object?[] ExpectedRow(DateOnly week, Tutor tutor, List<TutoringSession> sessions)
    {
        var held = sessions.Where(s => s.Status == SessionStatus.Held).ToList();
        long noShows = sessions.Count(s => s.Status == SessionStatus.NoShow);
        return
        [
            week, tutor.Id, tutor.Name, (long)held.Count, Math.Round(held.Sum(s => s.DurationMinutes) / 60.0, 2),
            (long)held.Select(s => s.StudentId).Distinct().Count(), noShows, (long)sessions.Count(s => s.Status == SessionStatus.Cancelled),
            held.Count + noShows == 0 ? null : (double)noShows / (held.Count + noShows),
        ];
    }

    [Fact]
    public async Task One_week_for_all_tutors_has_a_row_per_tutor_with_sessions_hours_students_and_no_shows()
    {
        var result = await RunAsync(Monday, DemoFixture.LastDay);
        var rows = await RowsAsync(Table(result, "Sessions per tutor"));

        var expected = demo.Data.Tutors.Select(t => ExpectedRow(Monday, t, Sessions(Monday, DemoFixture.LastDay, t.Id))).ToList();
        Assert.Equal(6, rows.Count);
        Assert.Equal(expected, rows);
        Assert.Contains(rows, r => (long)r[3]! > 0);
        Assert.Contains(rows, r => (long)r[6]! > 0 || (long)r[7]! > 0);
    }

    [Fact]
    public async Task Kpis_total_the_period()
    {
        var result = await RunAsync(Monday, DemoFixture.LastDay);
        var kpis = result.Kpis.ToDictionary(k => k.Label);

        var sessions = Sessions(Monday, DemoFixture.LastDay);
        var held = sessions.Where(s => s.Status == SessionStatus.Held).ToList();
        var noShows = sessions.Count(s => s.Status == SessionStatus.NoShow);
        Assert.Equal((long)held.Count, kpis["Sessions held"].Value);
        Assert.Equal(Math.Round(held.Sum(s => s.DurationMinutes) / 60.0, 1), kpis["Hours"].Value);
        Assert.Equal((double)noShows / (held.Count + noShows), (double)kpis["No-show rate"].Value!, 10);
        Assert.Equal($"{held.Select(s => s.StudentId).Distinct().Count()} students", kpis["Hours"].Detail);
    }

    [Fact]
    public async Task Several_weeks_give_a_row_per_tutor_and_week()
    {
        var start = Monday.AddDays(-21);
        var result = await RunAsync(start, DemoFixture.LastDay);
        var rows = await RowsAsync(Table(result, "Sessions per tutor"));

        var expected = Enumerable.Range(0, 4).Select(w => start.AddDays(7 * w))
            .SelectMany(week => demo.Data.Tutors.Select(t => ExpectedRow(week, t, Sessions(week, week.AddDays(6), t.Id))))
            .ToList();
        Assert.Equal(24, rows.Count);
        Assert.Equal(expected, rows);
    }

    [Theory]
    [InlineData("T03")]
    [InlineData("t03")]
    [InlineData(" T03 ")]
    public async Task One_tutor_by_id(string given)
    {
        var result = await RunAsync(Monday, DemoFixture.LastDay, (TutorWeeklyDefinition.TutorIdParameter, given));
        var rows = await RowsAsync(Table(result, "Sessions per tutor"));

        var tutor = demo.Data.Tutors.Single(t => t.Id == "T03");
        Assert.Equal([ExpectedRow(Monday, tutor, Sessions(Monday, DemoFixture.LastDay, "T03"))], rows);
        Assert.StartsWith($"{tutor.Name} (T03)", result.Subtitle);
        Assert.Equal([tutor.Name], result.Charts.Single().Series[0].Points.Select(p => p.X));
    }

    [Fact]
    public async Task All_is_the_default()
    {
        var defaulted = await RunAsync(Monday, DemoFixture.LastDay);
        var all = await RunAsync(Monday, DemoFixture.LastDay, (TutorWeeklyDefinition.TutorIdParameter, "ALL"));

        Assert.Equal("all", _report.Parameters.Single().DefaultValue);
        Assert.Equal(await RowsAsync(Table(defaulted, "Sessions per tutor")), await RowsAsync(Table(all, "Sessions per tutor")));
        Assert.StartsWith("All tutors", defaulted.Subtitle);
    }

    [Fact]
    public async Task Chart_stacks_held_no_show_and_cancelled_sessions_per_tutor()
    {
        var start = Monday.AddDays(-21);
        var result = await RunAsync(start, DemoFixture.LastDay);
        var chart = Assert.Single(result.Charts);

        Assert.Equal(ChartKind.StackedBar, chart.Kind);
        Assert.Equal(["Held", "No-show", "Cancelled"], chart.Series.Select(s => s.Name));
        Assert.All(chart.Series, s => Assert.Equal(demo.Data.Tutors.Select(t => (object)t.Name), s.Points.Select(p => p.X)));
        var noShows = demo.Data.Tutors.Select(t => (double?)Sessions(start, DemoFixture.LastDay, t.Id).Count(s => s.Status == SessionStatus.NoShow));
        Assert.Equal(noShows, chart.Series[1].Points.Select(p => p.Y));
    }

    [Fact]
    public async Task An_unknown_tutor_is_a_clear_argument_error_listing_the_known_ones()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => RunAsync(Monday, DemoFixture.LastDay, (TutorWeeklyDefinition.TutorIdParameter, "T99")));

        Assert.Equal("tutorId", error.ParamName);
        Assert.Contains("no tutor with id 'T99'", error.Message);
        Assert.Contains("T01, T02, T03, T04, T05, T06", error.Message);
    }

    [Fact]
    public async Task Sql_injection_in_the_tutor_id_is_just_an_unknown_tutor()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => RunAsync(Monday, DemoFixture.LastDay, (TutorWeeklyDefinition.TutorIdParameter, "x' OR '1'='1")));
        Assert.Equal("tutorId", error.ParamName);
    }
}
