namespace ReportGraph.Plugins.StudentReport;

/// <summary>The SQL of the student report (SQLite dialect of the demo data source; values always bound as parameters).</summary>
internal static class StudentQueries
{
    /// <summary>Students as parameter options ("Student 7 — Ada Lovelace (7B)"), filtered by <c>@search</c>, at most <c>@first</c>.</summary>
    public const string StudentOptions = """
        SELECT id, 'Student ' || id || ' — ' || first_name || ' ' || last_name || ' (' || class_name || ')' FROM students
        WHERE @search IS NULL OR CAST(id AS TEXT) LIKE @search OR lower(first_name || ' ' || last_name) LIKE @search OR lower(class_name) LIKE @search
        ORDER BY id LIMIT @first
        """;

    /// <summary>The option of one student id.</summary>
    public const string FindStudent = "SELECT id, 'Student ' || id || ' — ' || first_name || ' ' || last_name || ' (' || class_name || ')' FROM students WHERE id = @value";

    public const string Student = "SELECT first_name, last_name, class_name FROM students WHERE id = @studentId";

    /// <summary>The student's grades in the period with the class average of the same assessment.</summary>
    public const string Grades = """
        SELECT a.assessment_date, s.name, a.title, g.score,
               (SELECT AVG(c.score) FROM grades c WHERE c.assessment_id = a.id) AS class_average
        FROM grades g
        JOIN assessments a ON a.id = g.assessment_id
        JOIN subjects s ON s.id = a.subject_id
        WHERE g.student_id = @studentId AND a.assessment_date >= @start AND a.assessment_date <= @end
        ORDER BY a.assessment_date, s.name
        """;

    /// <summary>Attendance per Monday-based week; late counts as attended.</summary>
    public const string AttendanceByWeek = """
        SELECT date(l.lesson_date, '-6 days', 'weekday 1') AS week_start,
               COUNT(*) AS lessons,
               SUM(CASE WHEN a.status = 'present' THEN 1 ELSE 0 END) AS present,
               SUM(CASE WHEN a.status = 'absent' THEN 1 ELSE 0 END) AS absent,
               SUM(CASE WHEN a.status = 'late' THEN 1 ELSE 0 END) AS late
        FROM attendance a
        JOIN lessons l ON l.id = a.lesson_id
        WHERE a.student_id = @studentId AND l.lesson_date >= @start AND l.lesson_date <= @end
        GROUP BY week_start
        ORDER BY week_start
        """;

    /// <summary>Every lesson of the period the student missed or came late to.</summary>
    public const string AttendanceDetail = """
        SELECT l.lesson_date, l.start_time, s.name, t.name, a.status
        FROM attendance a
        JOIN lessons l ON l.id = a.lesson_id
        JOIN subjects s ON s.id = l.subject_id
        JOIN teachers t ON t.id = l.teacher_id
        WHERE a.student_id = @studentId AND a.status <> 'present' AND l.lesson_date >= @start AND l.lesson_date <= @end
        ORDER BY l.lesson_date, l.start_time
        """;
}
