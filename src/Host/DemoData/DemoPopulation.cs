namespace ReportGraph.Host.DemoData;

/// <summary>A tutor's weekly slot with one student of the roster.</summary>
internal sealed record TutorSlot(Tutor Tutor, Student Student, DayOfWeek Day, TimeOnly Start, int Minutes, double NoShowRate);

/// <summary>
/// Who is in the demo and how each behaves (sickness, lateness, ability, grade trend, tutoring slots): drawn
/// once from the seed, so every day generated later, whenever that is, sees the same people.
/// </summary>
internal sealed class DemoPopulation
{
    private static readonly int[] SessionLengths = [45, 60, 60, 90];

    private DemoPopulation(int seed)
    {
        Seed = seed;
        var random = new Random(seed);
        Subjects = DemoNames.Subjects.Select((name, i) => new Subject(i + 1, name)).ToList();
        var names = new UniqueNames(random);
        // Eight teachers: one per subject plus a second for Mathematics and English.
        var teacherSubjects = new[] { 1, 2, 3, 4, 5, 6, 1, 2 };
        Teachers = teacherSubjects.Select((s, i) => new Teacher(i + 1, names.Next(), s)).ToList();
        Students = Enumerable.Range(1, 60)
            .Select(id => { var (first, last) = names.NextPair(); return new Student(id, first, last, DemoNames.Classes[(id - 1) / 20]); })
            .ToList();
        Tutors = Enumerable.Range(1, 6).Select(i => new Tutor($"T{i:00}", names.Next(), Subjects[(i - 1) % Subjects.Count].Id)).ToList();
        Payers = DemoNames.Payers.Select(p => new Payer(p.Id, p.Name)).ToList();

        SickRate = Students.ToDictionary(s => s.Id, _ => 0.01 + random.NextDouble() * 0.08);
        LateRate = Students.ToDictionary(s => s.Id, _ => 0.01 + random.NextDouble() * 0.07);
        Ability = Students.ToDictionary(s => s.Id, _ => 52 + random.NextDouble() * 36);
        StudentTrend = Students.ToDictionary(s => s.Id, _ => (random.NextDouble() - 0.5) * 1.4);
        foreach (var s in Students)
        {
            foreach (var subject in Subjects)
            {
                SubjectOffset[(s.Id, subject.Id)] = (random.NextDouble() - 0.5) * 20;
                SubjectTrend[(s.Id, subject.Id)] = (random.NextDouble() - 0.5) * 0.5;
            }
        }

        // Each tutor has a roster of about ten students with a weekly slot.
        foreach (var tutor in Tutors)
        {
            var noShowRate = 0.03 + random.NextDouble() * 0.12;
            var roster = Students.OrderBy(_ => random.Next()).Take(random.Next(8, 13)).OrderBy(s => s.Id);
            foreach (var student in roster)
            {
                var studentNoShow = Math.Clamp(noShowRate + (random.NextDouble() - 0.5) * 0.08, 0, 1);
                TutorSlots.Add(new TutorSlot(tutor, student, (DayOfWeek)random.Next(1, 6), new TimeOnly(14 + random.Next(0, 5), random.Next(0, 2) * 30),
                    SessionLengths[random.Next(SessionLengths.Length)], studentNoShow));
            }
        }
    }

    public int Seed { get; }

    public IReadOnlyList<Subject> Subjects { get; }

    public IReadOnlyList<Teacher> Teachers { get; }

    public IReadOnlyList<Student> Students { get; }

    public IReadOnlyList<Tutor> Tutors { get; }

    public IReadOnlyList<Payer> Payers { get; }

    /// <summary>Per student: the chance of falling ill on a school day, twice over (half of it starts an illness).</summary>
    public IReadOnlyDictionary<int, double> SickRate { get; }

    public IReadOnlyDictionary<int, double> LateRate { get; }

    /// <summary>Per student: the usual score, in points.</summary>
    public IReadOnlyDictionary<int, double> Ability { get; }

    /// <summary>Per student: points per week the scores move by, over all subjects.</summary>
    public IReadOnlyDictionary<int, double> StudentTrend { get; }

    /// <summary>Per student and subject: points above or below the student's ability.</summary>
    public Dictionary<(int StudentId, int SubjectId), double> SubjectOffset { get; } = [];

    /// <summary>Per student and subject: points per week added to the student's trend.</summary>
    public Dictionary<(int StudentId, int SubjectId), double> SubjectTrend { get; } = [];

    public List<TutorSlot> TutorSlots { get; } = [];

    /// <summary>The population of <paramref name="seed"/>; the same seed always gives the same people.</summary>
    public static DemoPopulation Create(int seed) => new(seed);

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
