namespace ReportGraph.Host.DemoData;

/// <summary>
/// Generates the deterministic demo data set: the same <c>lastDay</c> and seed always give the same data.
/// </summary>
public static class DemoDataGenerator
{
    /// <summary>How many weeks the data set covers, ending at the last day.</summary>
    public const int Weeks = 26;

    private static readonly TimeOnly[] LessonSlots = [new(8, 0), new(9, 0), new(10, 15), new(11, 15)];
    private static readonly int[] SessionLengths = [45, 60, 60, 90];

    /// <summary>Generates the data set for the <see cref="Weeks"/> weeks ending at <paramref name="lastDay"/>.</summary>
    /// <param name="lastDay">The last day covered (inclusive).</param>
    /// <param name="seed">Seed of the pseudo-random generator.</param>
    public static DemoDataSet Generate(DateOnly lastDay, int seed = 2026)
    {
        var random = new Random(seed);
        var firstDay = lastDay.AddDays(-Weeks * 7 + 1);
        var days = Enumerable.Range(0, Weeks * 7).Select(firstDay.AddDays).ToList();
        var schoolDays = days.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();

        var subjects = DemoNames.Subjects.Select((name, i) => new Subject(i + 1, name)).ToList();
        var names = new UniqueNames(random);
        // Eight teachers: one per subject plus a second for Mathematics and English.
        var teacherSubjects = new[] { 1, 2, 3, 4, 5, 6, 1, 2 };
        var teachers = teacherSubjects.Select((s, i) => new Teacher(i + 1, names.Next(), s)).ToList();
        var students = Enumerable.Range(1, 60)
            .Select(id => { var (first, last) = names.NextPair(); return new Student(id, first, last, DemoNames.Classes[(id - 1) / 20]); })
            .ToList();
        var tutors = Enumerable.Range(1, 6).Select(i => new Tutor($"T{i:00}", names.Next(), subjects[(i - 1) % subjects.Count].Id)).ToList();

        var (lessons, attendance) = GenerateLessons(random, schoolDays, subjects, teachers, students);
        var (assessments, grades) = GenerateGrades(random, firstDay, lessons, students);
        var sessions = GenerateSessions(random, firstDay, lastDay, tutors, students);
        var (payers, claims) = GenerateClaims(random, lastDay, days);

        return new DemoDataSet
        {
            FirstDay = firstDay,
            LastDay = lastDay,
            Seed = seed,
            Subjects = subjects,
            Teachers = teachers,
            Students = students,
            Tutors = tutors,
            Lessons = lessons,
            Attendance = attendance,
            Assessments = assessments,
            Grades = grades,
            TutoringSessions = sessions,
            Payers = payers,
            Claims = claims,
            DriftingPayerIds = [.. DemoNames.Drift.Keys],
        };
    }

    /// <summary>Four lessons a school day per class; each student has a personal sickness and lateness rate.</summary>
    private static (List<Lesson>, List<AttendanceMark>) GenerateLessons(
        Random random, List<DateOnly> schoolDays, List<Subject> subjects, List<Teacher> teachers, List<Student> students)
    {
        var lessons = new List<Lesson>();
        var attendance = new List<AttendanceMark>();
        var sickRate = students.ToDictionary(s => s.Id, _ => 0.01 + random.NextDouble() * 0.08);
        var lateRate = students.ToDictionary(s => s.Id, _ => 0.01 + random.NextDouble() * 0.07);
        var sickDaysLeft = students.ToDictionary(s => s.Id, _ => 0);

        foreach (var day in schoolDays)
        {
            // A student who falls ill stays away one to three school days.
            foreach (var student in students)
            {
                if (sickDaysLeft[student.Id] > 0) sickDaysLeft[student.Id]--;
                else if (random.NextDouble() < sickRate[student.Id] / 2) sickDaysLeft[student.Id] = random.Next(1, 4);
            }

            for (var c = 0; c < DemoNames.Classes.Length; c++)
            {
                var className = DemoNames.Classes[c];
                for (var slot = 0; slot < LessonSlots.Length; slot++)
                {
                    // Twenty slots a week cycle through the six subjects, shifted per class.
                    var weekSlot = ((int)day.DayOfWeek - 1) * LessonSlots.Length + slot;
                    var subject = subjects[(weekSlot + c * 2) % subjects.Count];
                    var subjectTeachers = teachers.Where(t => t.SubjectId == subject.Id).ToList();
                    var teacher = subjectTeachers[c % subjectTeachers.Count];
                    var lesson = new Lesson(lessons.Count + 1, className, subject.Id, teacher.Id, day, LessonSlots[slot]);
                    lessons.Add(lesson);

                    foreach (var student in students.Where(s => s.ClassName == className))
                    {
                        var status = sickDaysLeft[student.Id] > 0 ? AttendanceStatus.Absent
                            : random.NextDouble() < lateRate[student.Id] ? AttendanceStatus.Late
                            : random.NextDouble() < 0.01 ? AttendanceStatus.Absent
                            : AttendanceStatus.Present;
                        attendance.Add(new AttendanceMark(lesson.Id, student.Id, status));
                    }
                }
            }
        }
        return (lessons, attendance);
    }

    /// <summary>
    /// Every class writes one assessment per subject in every other Monday-based week (the same weeks for
    /// all subjects, so charts share their x values). Scores follow each student's ability and personal trend.
    /// </summary>
    private static (List<Assessment>, List<Grade>) GenerateGrades(Random random, DateOnly firstDay, List<Lesson> lessons, List<Student> students)
    {
        var ability = students.ToDictionary(s => s.Id, _ => 52 + random.NextDouble() * 36);
        var studentTrend = students.ToDictionary(s => s.Id, _ => (random.NextDouble() - 0.5) * 1.4);
        var subjectOffset = new Dictionary<(int, int), double>();
        var subjectTrend = new Dictionary<(int, int), double>();
        foreach (var s in students)
        {
            for (var subject = 1; subject <= DemoNames.Subjects.Length; subject++)
            {
                subjectOffset[(s.Id, subject)] = (random.NextDouble() - 0.5) * 20;
                subjectTrend[(s.Id, subject)] = (random.NextDouble() - 0.5) * 0.5;
            }
        }

        var assessments = new List<Assessment>();
        var grades = new List<Grade>();
        var counts = new Dictionary<(string, int), int>();
        var firstLessons = lessons
            .Where(l => WeekMonday(l.Date).DayNumber / 7 % 2 == 0)
            .GroupBy(l => (l.ClassName, l.SubjectId, Week: WeekMonday(l.Date)))
            .Select(g => g.OrderBy(l => l.Date).ThenBy(l => l.StartTime).First())
            .OrderBy(l => l.Date).ThenBy(l => l.ClassName).ThenBy(l => l.SubjectId);
        foreach (var lesson in firstLessons)
        {
            var n = counts[(lesson.ClassName, lesson.SubjectId)] = counts.GetValueOrDefault((lesson.ClassName, lesson.SubjectId)) + 1;
            var title = n % 3 == 0 ? $"Unit test {n / 3}" : $"Quiz {n - n / 3}";
            var assessment = new Assessment(assessments.Count + 1, lesson.ClassName, lesson.SubjectId, lesson.Date, title);
            assessments.Add(assessment);
            var weeksIn = (lesson.Date.DayNumber - firstDay.DayNumber) / 7.0 - Weeks / 2.0;
            foreach (var student in students.Where(s => s.ClassName == lesson.ClassName))
            {
                var key = (student.Id, lesson.SubjectId);
                var noise = (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 8;
                var score = ability[student.Id] + subjectOffset[key] + (studentTrend[student.Id] + subjectTrend[key]) * weeksIn + noise;
                grades.Add(new Grade(assessment.Id, student.Id, Math.Round(Math.Clamp(score, 0, 100), 1)));
            }
        }
        return (assessments, grades);
    }

    /// <summary>Each tutor has a roster of about ten students with a weekly slot; some weeks are skipped, some sessions fail.</summary>
    private static List<TutoringSession> GenerateSessions(Random random, DateOnly firstDay, DateOnly lastDay, List<Tutor> tutors, List<Student> students)
    {
        var slots = new List<(Tutor Tutor, Student Student, DayOfWeek Day, TimeOnly Start, int Minutes, double NoShow)>();
        foreach (var tutor in tutors)
        {
            var noShowRate = 0.03 + random.NextDouble() * 0.12;
            var roster = students.OrderBy(_ => random.Next()).Take(random.Next(8, 13)).OrderBy(s => s.Id);
            foreach (var student in roster)
            {
                var studentNoShow = Math.Clamp(noShowRate + (random.NextDouble() - 0.5) * 0.08, 0, 1);
                slots.Add((tutor, student, (DayOfWeek)random.Next(1, 6), new TimeOnly(14 + random.Next(0, 5), random.Next(0, 2) * 30),
                    SessionLengths[random.Next(SessionLengths.Length)], studentNoShow));
            }
        }

        var sessions = new List<TutoringSession>();
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            foreach (var slot in slots.Where(s => s.Day == day.DayOfWeek).OrderBy(s => s.Start).ThenBy(s => s.Tutor.Id))
            {
                if (random.NextDouble() < 0.15) continue; // no session booked this week
                var roll = random.NextDouble();
                var status = roll < 0.07 ? SessionStatus.Cancelled : roll < 0.07 + slot.NoShow ? SessionStatus.NoShow : SessionStatus.Held;
                sessions.Add(new TutoringSession(sessions.Count + 1, slot.Tutor.Id, slot.Student.Id, slot.Tutor.SubjectId, day, slot.Start, slot.Minutes, status));
            }
        }
        return sessions;
    }

    /// <summary>
    /// Claims on weekdays (a few on Saturdays). Each payer-week has a denial rate near the payer's base
    /// rate; the drifting payers add the rise of <see cref="DemoNames.Drift"/> in the four weeks ending at the last day.
    /// The number denied per day is the rate times the claims, rounded at random, so weekly rates stay close to plan.
    /// </summary>
    private static (List<Payer>, List<Claim>) GenerateClaims(Random random, DateOnly lastDay, List<DateOnly> days)
    {
        var payers = DemoNames.Payers.Select(p => new Payer(p.Id, p.Name)).ToList();
        var claims = new List<Claim>();
        var weekNoise = new Dictionary<(string, int), double>();
        foreach (var day in days)
        {
            if (day.DayOfWeek == DayOfWeek.Sunday) continue;
            var weeksBack = (lastDay.DayNumber - day.DayNumber) / 7;
            foreach (var (id, _, baseRate, weekly) in DemoNames.Payers)
            {
                if (!weekNoise.TryGetValue((id, weeksBack), out var noise))
                    weekNoise[(id, weeksBack)] = noise = (random.NextDouble() - 0.5) * 0.03;
                var drift = DemoNames.Drift.TryGetValue(id, out var rises) && weeksBack < rises.Length ? rises[weeksBack] : 0;
                var dayShare = day.DayOfWeek == DayOfWeek.Saturday ? 0.04 : 0.192;
                var count = Math.Max(1, (int)Math.Round(weekly * dayShare * (0.8 + random.NextDouble() * 0.4)));
                var denied = Math.Clamp((int)Math.Floor(count * (baseRate + noise + drift) + random.NextDouble()), 0, count);
                var deniedIndexes = Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(denied).ToHashSet();
                for (var i = 0; i < count; i++)
                {
                    var billed = Math.Round((decimal)(80 + Math.Pow(random.NextDouble(), 2) * 2400), 2);
                    var isDenied = deniedIndexes.Contains(i);
                    var reason = !isDenied ? null
                        : drift > 0 && random.NextDouble() < 0.6 ? DemoNames.DenialReasons[0]
                        : DemoNames.DenialReasons[random.Next(DemoNames.DenialReasons.Length)];
                    var paid = isDenied ? 0m : Math.Round(billed * (decimal)(0.55 + random.NextDouble() * 0.35), 2);
                    claims.Add(new Claim(claims.Count + 1, id, day, billed, paid, isDenied ? ClaimOutcome.Denied : ClaimOutcome.Paid, reason));
                }
            }
        }
        return (payers, claims);
    }

    /// <summary>The Monday of the week (Monday–Sunday) that holds <paramref name="date"/>.</summary>
    internal static DateOnly WeekMonday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>Draws distinct "First Last" names.</summary>
    private sealed class UniqueNames(Random random)
    {
        private readonly HashSet<string> _used = [];

        public string Next()
        {
            var (first, last) = NextPair();
            return $"{first} {last}";
        }

        public (string First, string Last) NextPair()
        {
            while (true)
            {
                var first = DemoNames.FirstNames[random.Next(DemoNames.FirstNames.Length)];
                var last = DemoNames.LastNames[random.Next(DemoNames.LastNames.Length)];
                if (_used.Add($"{first} {last}")) return (first, last);
            }
        }
    }
}
