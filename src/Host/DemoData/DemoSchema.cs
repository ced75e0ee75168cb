namespace ReportGraph.Host.DemoData;

/// <summary>The demo database's DDL: plain SQL with types every engine (and SQLite) accepts. Dates are ISO <c>yyyy-MM-dd</c> text.</summary>
internal static class DemoSchema
{
    /// <summary>Bumped when the schema changes; stored in <c>demo_meta</c>.</summary>
    public const string Version = "1";

    public static readonly string[] Tables =
    [
        "CREATE TABLE demo_meta (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE subjects (id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL)",
        "CREATE TABLE teachers (id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, subject_id INTEGER NOT NULL REFERENCES subjects (id))",
        "CREATE TABLE students (id INTEGER NOT NULL PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, class_name TEXT NOT NULL)",
        "CREATE TABLE tutors (id TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL, subject_id INTEGER NOT NULL REFERENCES subjects (id))",
        """
        CREATE TABLE lessons (id INTEGER NOT NULL PRIMARY KEY, class_name TEXT NOT NULL,
            subject_id INTEGER NOT NULL REFERENCES subjects (id), teacher_id INTEGER NOT NULL REFERENCES teachers (id),
            lesson_date TEXT NOT NULL, start_time TEXT NOT NULL)
        """,
        """
        CREATE TABLE attendance (lesson_id INTEGER NOT NULL REFERENCES lessons (id), student_id INTEGER NOT NULL REFERENCES students (id),
            status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'late')), PRIMARY KEY (lesson_id, student_id))
        """,
        """
        CREATE TABLE assessments (id INTEGER NOT NULL PRIMARY KEY, class_name TEXT NOT NULL,
            subject_id INTEGER NOT NULL REFERENCES subjects (id), assessment_date TEXT NOT NULL, title TEXT NOT NULL)
        """,
        """
        CREATE TABLE grades (assessment_id INTEGER NOT NULL REFERENCES assessments (id), student_id INTEGER NOT NULL REFERENCES students (id),
            score REAL NOT NULL, PRIMARY KEY (assessment_id, student_id))
        """,
        """
        CREATE TABLE tutoring_sessions (id INTEGER NOT NULL PRIMARY KEY, tutor_id TEXT NOT NULL REFERENCES tutors (id),
            student_id INTEGER NOT NULL REFERENCES students (id), subject_id INTEGER NOT NULL REFERENCES subjects (id),
            session_date TEXT NOT NULL, start_time TEXT NOT NULL, duration_minutes INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('held', 'no-show', 'cancelled')))
        """,
        "CREATE TABLE payers (id TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL)",
        """
        CREATE TABLE claims (id INTEGER NOT NULL PRIMARY KEY, payer_id TEXT NOT NULL REFERENCES payers (id),
            submitted_on TEXT NOT NULL, billed_amount REAL NOT NULL, paid_amount REAL NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('paid', 'denied')), denial_reason TEXT)
        """,
    ];

    /// <summary>Indexes for the sample plugins' queries; created after the bulk insert, which is faster.</summary>
    public static readonly string[] Indexes =
    [
        "CREATE INDEX ix_attendance_student ON attendance (student_id, lesson_id)",
        "CREATE INDEX ix_lessons_date ON lessons (lesson_date)",
        "CREATE INDEX ix_assessments_class_subject_date ON assessments (class_name, subject_id, assessment_date)",
        "CREATE INDEX ix_grades_student ON grades (student_id, assessment_id)",
        "CREATE INDEX ix_sessions_date_tutor ON tutoring_sessions (session_date, tutor_id)",
        "CREATE INDEX ix_sessions_tutor_date ON tutoring_sessions (tutor_id, session_date)",
        "CREATE INDEX ix_claims_payer_date ON claims (payer_id, submitted_on)",
        "CREATE INDEX ix_claims_date ON claims (submitted_on)",
    ];
}
