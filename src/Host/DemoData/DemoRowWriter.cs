using System.Data.Common;
using System.Globalization;

namespace ReportGraph.Host.DemoData;

/// <summary>Inserts demo rows through prepared commands, inside the caller's transaction.</summary>
internal static class DemoRowWriter
{
    /// <summary>Inserts the rows of a range of days (lessons to claims).</summary>
    public static async Task InsertDaysAsync(DbConnection connection, DbTransaction transaction, DemoDays days, CancellationToken cancellationToken)
    {
        await InsertAsync(connection, transaction, "lessons", ["id", "class_name", "subject_id", "teacher_id", "lesson_date", "start_time"],
            days.Lessons.Select(l => new object?[] { l.Id, l.ClassName, l.SubjectId, l.TeacherId, Iso(l.Date), Iso(l.StartTime) }), cancellationToken);
        await InsertAsync(connection, transaction, "attendance", ["lesson_id", "student_id", "status"],
            days.Attendance.Select(a => new object?[] { a.LessonId, a.StudentId, DemoDatabase.StatusText(a.Status) }), cancellationToken);
        await InsertAsync(connection, transaction, "assessments", ["id", "class_name", "subject_id", "assessment_date", "title"],
            days.Assessments.Select(a => new object?[] { a.Id, a.ClassName, a.SubjectId, Iso(a.Date), a.Title }), cancellationToken);
        await InsertAsync(connection, transaction, "grades", ["assessment_id", "student_id", "score"],
            days.Grades.Select(g => new object?[] { g.AssessmentId, g.StudentId, g.Score }), cancellationToken);
        await InsertAsync(connection, transaction, "tutoring_sessions",
            ["id", "tutor_id", "student_id", "subject_id", "session_date", "start_time", "duration_minutes", "status"],
            days.TutoringSessions.Select(s => new object?[] { s.Id, s.TutorId, s.StudentId, s.SubjectId, Iso(s.Date), Iso(s.StartTime), s.DurationMinutes, DemoDatabase.StatusText(s.Status) }),
            cancellationToken);
        await InsertAsync(connection, transaction, "claims", ["id", "payer_id", "submitted_on", "billed_amount", "paid_amount", "outcome", "denial_reason"],
            days.Claims.Select(c => new object?[] { c.Id, c.PayerId, Iso(c.SubmittedOn), (double)c.BilledAmount, (double)c.PaidAmount, DemoDatabase.StatusText(c.Outcome), c.DenialReason }),
            cancellationToken);
    }

    /// <summary>Inserts rows through one prepared command whose parameter values are replaced per row.</summary>
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns,
        IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = row[i] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
