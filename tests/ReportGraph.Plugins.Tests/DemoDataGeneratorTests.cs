using ReportGraph.Host.DemoData;

namespace ReportGraph.Plugins.Tests;

public sealed class DemoDataGeneratorTests
{
    private static readonly DateOnly LastDay = new(2026, 11, 18);
    private static readonly DemoDataSet Data = DemoDataGenerator.Generate(LastDay);

    [Fact]
    public void Same_last_day_and_seed_give_the_same_data()
    {
        var again = DemoDataGenerator.Generate(LastDay);

        Assert.Equal(Data.Students, again.Students);
        Assert.Equal(Data.Teachers, again.Teachers);
        Assert.Equal(Data.Tutors, again.Tutors);
        Assert.Equal(Data.Lessons, again.Lessons);
        Assert.Equal(Data.Attendance, again.Attendance);
        Assert.Equal(Data.Assessments, again.Assessments);
        Assert.Equal(Data.Grades, again.Grades);
        Assert.Equal(Data.TutoringSessions, again.TutoringSessions);
        Assert.Equal(Data.Payers, again.Payers);
        Assert.Equal(Data.Claims, again.Claims);
    }

    [Fact]
    public void Another_seed_gives_other_data()
    {
        var other = DemoDataGenerator.Generate(LastDay, seed: 7);

        Assert.NotEqual(Data.Students, other.Students);
        Assert.NotEqual(Data.Claims, other.Claims);
    }

    [Fact]
    public void Covers_26_weeks_ending_at_the_last_day()
    {
        Assert.Equal(LastDay.AddDays(-181), Data.FirstDay);
        Assert.All(Data.Lessons, l => Assert.InRange(l.Date, Data.FirstDay, LastDay));
        Assert.All(Data.TutoringSessions, s => Assert.InRange(s.Date, Data.FirstDay, LastDay));
        Assert.All(Data.Claims, c => Assert.InRange(c.SubmittedOn, Data.FirstDay, LastDay));
        Assert.All(Data.Lessons, l => Assert.NotEqual(DayOfWeek.Saturday, l.Date.DayOfWeek));
        Assert.Equal(LastDay, Data.Claims.Max(c => c.SubmittedOn));
    }

    [Fact]
    public void Has_a_school_of_realistic_size()
    {
        Assert.Equal(8, Data.Teachers.Count);
        Assert.Equal(6, Data.Tutors.Count);
        Assert.Equal(60, Data.Students.Count);
        Assert.Equal(6, Data.Subjects.Count);
        Assert.Equal(60, Data.Students.Select(s => $"{s.FirstName} {s.LastName}").Distinct().Count());
        Assert.All(Data.Teachers, t => Assert.Contains(Data.Subjects, s => s.Id == t.SubjectId));
        Assert.Equal(["T01", "T02", "T03", "T04", "T05", "T06"], Data.Tutors.Select(t => t.Id));
    }

    [Fact]
    public void Every_student_of_the_class_has_an_attendance_mark_per_lesson_and_a_grade_per_assessment()
    {
        var classSize = Data.Students.GroupBy(s => s.ClassName).ToDictionary(g => g.Key, g => g.Count());
        var marksPerLesson = Data.Attendance.GroupBy(a => a.LessonId).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Data.Lessons, l => Assert.Equal(classSize[l.ClassName], marksPerLesson[l.Id]));
        var gradesPerAssessment = Data.Grades.GroupBy(g => g.AssessmentId).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Data.Assessments, a => Assert.Equal(classSize[a.ClassName], gradesPerAssessment[a.Id]));
        Assert.All(Data.Grades, g => Assert.InRange(g.Score, 0, 100));
    }

    [Fact]
    public void Statuses_and_outcomes_are_mixed_as_in_real_life()
    {
        var attendance = Data.Attendance.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count() / (double)Data.Attendance.Count);
        Assert.InRange(attendance[AttendanceStatus.Present], 0.85, 0.98);
        Assert.InRange(attendance[AttendanceStatus.Absent], 0.01, 0.10);
        Assert.InRange(attendance[AttendanceStatus.Late], 0.01, 0.08);

        var sessions = Data.TutoringSessions.GroupBy(s => s.Status).ToDictionary(g => g.Key, g => g.Count() / (double)Data.TutoringSessions.Count);
        Assert.InRange(sessions[SessionStatus.Held], 0.70, 0.95);
        Assert.InRange(sessions[SessionStatus.NoShow], 0.02, 0.20);
        Assert.InRange(sessions[SessionStatus.Cancelled], 0.02, 0.15);

        Assert.All(Data.Claims.Where(c => c.Outcome == ClaimOutcome.Denied), c => { Assert.Equal(0m, c.PaidAmount); Assert.NotNull(c.DenialReason); });
        Assert.All(Data.Claims.Where(c => c.Outcome == ClaimOutcome.Paid), c => { Assert.InRange(c.PaidAmount, 0.01m, c.BilledAmount); Assert.Null(c.DenialReason); });
    }

    [Fact]
    public void Every_payer_has_claims_every_week()
    {
        Assert.Equal(6, Data.Payers.Count);
        foreach (var payer in Data.Payers)
        {
            var weeks = Data.Claims.Where(c => c.PayerId == payer.Id).Select(c => (LastDay.DayNumber - c.SubmittedOn.DayNumber) / 7).Distinct().Count();
            Assert.Equal(26, weeks);
        }
    }

    [Fact]
    public void Two_payers_drift_upwards_in_the_last_four_weeks_and_the_others_stay_near_their_baseline()
    {
        Assert.Equal(["BSM", "SVH"], Data.DriftingPayerIds.Order());
        foreach (var payer in Data.Payers)
        {
            var claims = Data.Claims.Where(c => c.PayerId == payer.Id).Select(c => (Back: (LastDay.DayNumber - c.SubmittedOn.DayNumber) / 7, Denied: c.Outcome == ClaimOutcome.Denied)).ToList();
            var recent = claims.Where(c => c.Back < 4).Average(c => c.Denied ? 1.0 : 0.0);
            var baseline = claims.Where(c => c.Back >= 4).Average(c => c.Denied ? 1.0 : 0.0);
            if (Data.DriftingPayerIds.Contains(payer.Id)) Assert.True(recent - baseline > 0.07, $"{payer.Id}: {recent:P1} vs {baseline:P1}");
            else Assert.True(Math.Abs(recent - baseline) < 0.03, $"{payer.Id}: {recent:P1} vs {baseline:P1}");
        }
    }
}
