namespace ReportGraph.Host.DemoData;

/// <summary>
/// The complete demo data set: a school (teachers, students, lessons, attendance, assessments,
/// grades, tutoring) and healthcare claims per payer, covering the 26 weeks that end at <see cref="LastDay"/>.
/// </summary>
/// <remarks>Produced by <see cref="DemoDataGenerator.Generate"/>; written to a database by <see cref="DemoDatabase"/>.</remarks>
public sealed class DemoDataSet
{
    /// <summary>The first day covered (inclusive).</summary>
    public required DateOnly FirstDay { get; init; }

    /// <summary>The last day covered (inclusive).</summary>
    public required DateOnly LastDay { get; init; }

    /// <summary>The random seed the set was generated from.</summary>
    public required int Seed { get; init; }

    /// <summary>School subjects.</summary>
    public required IReadOnlyList<Subject> Subjects { get; init; }

    /// <summary>Teachers, each teaching one subject.</summary>
    public required IReadOnlyList<Teacher> Teachers { get; init; }

    /// <summary>Students, each in one class.</summary>
    public required IReadOnlyList<Student> Students { get; init; }

    /// <summary>Tutors giving one-to-one sessions.</summary>
    public required IReadOnlyList<Tutor> Tutors { get; init; }

    /// <summary>Timetabled lessons of each class.</summary>
    public required IReadOnlyList<Lesson> Lessons { get; init; }

    /// <summary>One attendance mark per student of the class and lesson.</summary>
    public required IReadOnlyList<AttendanceMark> Attendance { get; init; }

    /// <summary>Graded assessments (tests, quizzes) of a class in a subject.</summary>
    public required IReadOnlyList<Assessment> Assessments { get; init; }

    /// <summary>One grade per student of the class and assessment.</summary>
    public required IReadOnlyList<Grade> Grades { get; init; }

    /// <summary>Tutoring sessions, held or not.</summary>
    public required IReadOnlyList<TutoringSession> TutoringSessions { get; init; }

    /// <summary>Health insurance payers.</summary>
    public required IReadOnlyList<Payer> Payers { get; init; }

    /// <summary>Claims submitted to payers, each paid or denied.</summary>
    public required IReadOnlyList<Claim> Claims { get; init; }

    /// <summary>The ids of the payers whose denial rate drifts upwards in the last four weeks.</summary>
    public required IReadOnlyList<string> DriftingPayerIds { get; init; }
}

/// <summary>A school subject.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Name, e.g. "Mathematics".</param>
public sealed record Subject(int Id, string Name);

/// <summary>A teacher.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Full name.</param>
/// <param name="SubjectId">The subject taught.</param>
public sealed record Teacher(int Id, string Name, int SubjectId);

/// <summary>A student.</summary>
/// <param name="Id">Identifier (1-based, used as the student report's <c>studentId</c>).</param>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
/// <param name="ClassName">The class, e.g. "10A".</param>
public sealed record Student(int Id, string FirstName, string LastName, string ClassName);

/// <summary>A tutor.</summary>
/// <param name="Id">Identifier such as <c>T01</c> (the tutor weekly report's <c>tutorId</c>).</param>
/// <param name="Name">Full name.</param>
/// <param name="SubjectId">The subject the tutor mainly helps with.</param>
public sealed record Tutor(string Id, string Name, int SubjectId);

/// <summary>A timetabled lesson of a class.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="ClassName">The class taught.</param>
/// <param name="SubjectId">The subject.</param>
/// <param name="TeacherId">The teacher.</param>
/// <param name="Date">The day.</param>
/// <param name="StartTime">Local start time.</param>
public sealed record Lesson(int Id, string ClassName, int SubjectId, int TeacherId, DateOnly Date, TimeOnly StartTime);

/// <summary>Whether a student was at a lesson.</summary>
public enum AttendanceStatus
{
    /// <summary>On time.</summary>
    Present,
    /// <summary>Missed the lesson.</summary>
    Absent,
    /// <summary>Came late; counts as attended.</summary>
    Late,
}

/// <summary>A student's attendance at one lesson.</summary>
/// <param name="LessonId">The lesson.</param>
/// <param name="StudentId">The student.</param>
/// <param name="Status">Present, absent or late.</param>
public sealed record AttendanceMark(int LessonId, int StudentId, AttendanceStatus Status);

/// <summary>A graded assessment of a class.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="ClassName">The class assessed.</param>
/// <param name="SubjectId">The subject.</param>
/// <param name="Date">The day it was written.</param>
/// <param name="Title">Title, e.g. "Quiz 3".</param>
public sealed record Assessment(int Id, string ClassName, int SubjectId, DateOnly Date, string Title);

/// <summary>A student's score in one assessment.</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="StudentId">The student.</param>
/// <param name="Score">Score in points, 0–100, one decimal.</param>
public sealed record Grade(int AssessmentId, int StudentId, double Score);

/// <summary>What became of a tutoring session.</summary>
public enum SessionStatus
{
    /// <summary>The session took place.</summary>
    Held,
    /// <summary>The student did not come.</summary>
    NoShow,
    /// <summary>Cancelled in advance.</summary>
    Cancelled,
}

/// <summary>A one-to-one tutoring session.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="TutorId">The tutor.</param>
/// <param name="StudentId">The student.</param>
/// <param name="SubjectId">The subject.</param>
/// <param name="Date">The day.</param>
/// <param name="StartTime">Local start time.</param>
/// <param name="DurationMinutes">Planned duration in minutes.</param>
/// <param name="Status">Held, no-show or cancelled.</param>
public sealed record TutoringSession(int Id, string TutorId, int StudentId, int SubjectId, DateOnly Date, TimeOnly StartTime, int DurationMinutes, SessionStatus Status);

/// <summary>A health insurance payer.</summary>
/// <param name="Id">Short code, e.g. <c>NWH</c> (the payer drift report's <c>payer</c> parameter).</param>
/// <param name="Name">Full name.</param>
public sealed record Payer(string Id, string Name);

/// <summary>Whether a payer paid a claim.</summary>
public enum ClaimOutcome
{
    /// <summary>Paid (in full or in part).</summary>
    Paid,
    /// <summary>Denied.</summary>
    Denied,
}

/// <summary>A claim submitted to a payer.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="PayerId">The payer.</param>
/// <param name="SubmittedOn">The day it was submitted.</param>
/// <param name="BilledAmount">Amount billed, two decimals.</param>
/// <param name="PaidAmount">Amount paid, two decimals; 0 when denied.</param>
/// <param name="Outcome">Paid or denied.</param>
/// <param name="DenialReason">The CARC denial reason code when denied, e.g. <c>CO-197</c>.</param>
public sealed record Claim(int Id, string PayerId, DateOnly SubmittedOn, decimal BilledAmount, decimal PaidAmount, ClaimOutcome Outcome, string? DenialReason);
