namespace ReportGraph.Host.DemoData;

/// <summary>The rows of a range of days: what a new data set holds, or what extending one appends.</summary>
internal sealed class DemoDays
{
    public List<Lesson> Lessons { get; } = [];

    public List<AttendanceMark> Attendance { get; } = [];

    public List<Assessment> Assessments { get; } = [];

    public List<Grade> Grades { get; } = [];

    public List<TutoringSession> TutoringSessions { get; } = [];

    public List<Claim> Claims { get; } = [];

    /// <summary>The day rows of a whole data set.</summary>
    public static DemoDays Of(DemoDataSet data)
    {
        var days = new DemoDays();
        days.Lessons.AddRange(data.Lessons);
        days.Attendance.AddRange(data.Attendance);
        days.Assessments.AddRange(data.Assessments);
        days.Grades.AddRange(data.Grades);
        days.TutoringSessions.AddRange(data.TutoringSessions);
        days.Claims.AddRange(data.Claims);
        return days;
    }

    public int RowCount => Lessons.Count + Attendance.Count + Assessments.Count + Grades.Count + TutoringSessions.Count + Claims.Count;
}
