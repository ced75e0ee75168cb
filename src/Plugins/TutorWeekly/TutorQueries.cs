namespace ReportGraph.Plugins.TutorWeekly;

/// <summary>
/// The SQL of the tutor weekly report (SQLite dialect of the demo data source; values always bound as parameters).
/// <c>@tutorId</c> is NULL for all tutors. No-show rate = no-shows / (held + no-shows): a cancelled session was never expected.
/// </summary>
internal static class TutorQueries
{
    public const string TutorIds = "SELECT id FROM tutors ORDER BY id";

    /// <summary>Tutors as parameter options ("T04 — Ada Lovelace"), filtered by <c>@search</c> and limited to <c>@first</c>.</summary>
    public const string TutorOptions = """
        SELECT id, id || ' — ' || name FROM tutors
        WHERE @search IS NULL OR lower(id) LIKE @search OR lower(name) LIKE @search
        ORDER BY id LIMIT @first
        """;

    /// <summary>The option of one tutor id, in any letter case.</summary>
    public const string FindTutor = "SELECT id, id || ' — ' || name FROM tutors WHERE upper(id) = upper(@value)";

    public const string TutorName = "SELECT name FROM tutors WHERE id = @tutorId";

    /// <summary>One row per tutor and Monday-based week that has any session in the period; tutors without sessions that week get zeros.</summary>
    public const string PerTutorAndWeek = """
        WITH weeks AS (
            SELECT DISTINCT date(session_date, '-6 days', 'weekday 1') AS week_start
            FROM tutoring_sessions
            WHERE session_date >= @start AND session_date <= @end)
        SELECT w.week_start, t.id, t.name,
               SUM(CASE WHEN s.status = 'held' THEN 1 ELSE 0 END) AS held,
               SUM(CASE WHEN s.status = 'held' THEN s.duration_minutes ELSE 0 END) AS held_minutes,
               COUNT(DISTINCT CASE WHEN s.status = 'held' THEN s.student_id END) AS students,
               SUM(CASE WHEN s.status = 'no-show' THEN 1 ELSE 0 END) AS no_shows,
               SUM(CASE WHEN s.status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled
        FROM weeks w
        CROSS JOIN tutors t
        LEFT JOIN tutoring_sessions s
               ON s.tutor_id = t.id AND s.session_date >= @start AND s.session_date <= @end
              AND date(s.session_date, '-6 days', 'weekday 1') = w.week_start
        WHERE @tutorId IS NULL OR t.id = @tutorId
        GROUP BY w.week_start, t.id, t.name
        ORDER BY w.week_start, t.id
        """;

    /// <summary>Per tutor over the whole period, for the chart.</summary>
    public const string PerTutor = """
        SELECT t.id, t.name,
               SUM(CASE WHEN s.status = 'held' THEN 1 ELSE 0 END) AS held,
               SUM(CASE WHEN s.status = 'held' THEN s.duration_minutes ELSE 0 END) AS held_minutes,
               SUM(CASE WHEN s.status = 'no-show' THEN 1 ELSE 0 END) AS no_shows,
               SUM(CASE WHEN s.status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled
        FROM tutors t
        LEFT JOIN tutoring_sessions s ON s.tutor_id = t.id AND s.session_date >= @start AND s.session_date <= @end
        WHERE @tutorId IS NULL OR t.id = @tutorId
        GROUP BY t.id, t.name
        ORDER BY t.id
        """;

    /// <summary>Distinct students seen in held sessions over the whole period.</summary>
    public const string DistinctStudents = """
        SELECT COUNT(DISTINCT student_id) FROM tutoring_sessions
        WHERE status = 'held' AND session_date >= @start AND session_date <= @end AND (@tutorId IS NULL OR tutor_id = @tutorId)
        """;
}
