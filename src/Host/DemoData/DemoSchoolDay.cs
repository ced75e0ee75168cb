namespace ReportGraph.Host.DemoData;

/// <summary>One school day: four lessons per class with every student's attendance, and the assessments written that day with their grades.</summary>
internal static class DemoSchoolDay
{
    private static readonly TimeOnly[] LessonSlots = [new(8, 0), new(9, 0), new(10, 15), new(11, 15)];

    /// <summary>How many school days an illness lasts at most.</summary>
    private const int LongestIllness = 3;

    /// <summary>
    /// Appends the rows of <paramref name="day"/> (nothing on weekends) to <paramref name="into"/>.
    /// <paramref name="firstDay"/> is the data set's first day, which grade trends are measured from.
    /// </summary>
    public static void Generate(DemoPopulation people, DemoSequences ids, DateOnly firstDay, DateOnly day, DemoDays into)
    {
        if (!IsSchoolDay(day)) return;
        var attendanceRandom = DemoRandom.For(people.Seed, DemoStream.Attendance, day);
        var gradesRandom = DemoRandom.For(people.Seed, DemoStream.Grades, day);
        var sick = SickStudents(people, day);
        // Every class writes one assessment per subject in every other Monday-based week, at the subject's first lesson of the week.
        var assessmentWeek = DemoDataGenerator.WeekMonday(day).DayNumber / 7 % 2 == 0;

        for (var c = 0; c < DemoNames.Classes.Length; c++)
        {
            var className = DemoNames.Classes[c];
            var classStudents = people.Students.Where(s => s.ClassName == className).ToList();
            for (var slot = 0; slot < LessonSlots.Length; slot++)
            {
                // Twenty slots a week cycle through the six subjects, shifted per class.
                var weekSlot = ((int)day.DayOfWeek - 1) * LessonSlots.Length + slot;
                var subject = people.Subjects[(weekSlot + c * 2) % people.Subjects.Count];
                var subjectTeachers = people.Teachers.Where(t => t.SubjectId == subject.Id).ToList();
                var teacher = subjectTeachers[c % subjectTeachers.Count];
                var lesson = new Lesson(++ids.LastLessonId, className, subject.Id, teacher.Id, day, LessonSlots[slot]);
                into.Lessons.Add(lesson);

                foreach (var student in classStudents)
                {
                    var status = sick.Contains(student.Id) ? AttendanceStatus.Absent
                        : attendanceRandom.NextDouble() < people.LateRate[student.Id] ? AttendanceStatus.Late
                        : attendanceRandom.NextDouble() < 0.01 ? AttendanceStatus.Absent
                        : AttendanceStatus.Present;
                    into.Attendance.Add(new AttendanceMark(lesson.Id, student.Id, status));
                }

                // The first six slots of a week hold each subject once, so they are each subject's first lesson.
                if (assessmentWeek && weekSlot < people.Subjects.Count)
                {
                    AddAssessment(people, ids, firstDay, lesson, classStudents, gradesRandom, into);
                }
            }
        }
    }

    /// <summary>Scores follow each student's ability, subject offset, personal trend and some noise.</summary>
    private static void AddAssessment(DemoPopulation people, DemoSequences ids, DateOnly firstDay, Lesson lesson, List<Student> students, Random random, DemoDays into)
    {
        var key = (lesson.ClassName, lesson.SubjectId);
        var n = ids.AssessmentCounts[key] = ids.AssessmentCounts.GetValueOrDefault(key) + 1;
        var title = n % 3 == 0 ? $"Unit test {n / 3}" : $"Quiz {n - n / 3}";
        var assessment = new Assessment(++ids.LastAssessmentId, lesson.ClassName, lesson.SubjectId, lesson.Date, title);
        into.Assessments.Add(assessment);
        var trendWeeks = TrendWeeks(firstDay, lesson.Date);
        foreach (var student in students)
        {
            var subjectKey = (student.Id, lesson.SubjectId);
            var noise = (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 8;
            var score = people.Ability[student.Id] + people.SubjectOffset[subjectKey]
                + (people.StudentTrend[student.Id] + people.SubjectTrend[subjectKey]) * trendWeeks + noise;
            into.Grades.Add(new Grade(assessment.Id, student.Id, Math.Round(Math.Clamp(score, 0, 100), 1)));
        }
    }

    /// <summary>
    /// How many weeks of trend a day's scores carry: about the weeks since the middle of the first 26 weeks, bent
    /// into a slow wave (a year long) so that scores of a demo that keeps running for years stay near the student's
    /// ability instead of running into 0 or 100.
    /// </summary>
    private static double TrendWeeks(DateOnly firstDay, DateOnly day)
    {
        const double halfYear = DemoDataGenerator.Weeks;
        var weeks = (day.DayNumber - firstDay.DayNumber) / 7.0 - halfYear / 2;
        return halfYear / Math.PI * Math.Sin(Math.PI * weeks / halfYear);
    }

    /// <summary>
    /// The students away ill on <paramref name="day"/>: an illness starts on a school day by the student's sick rate and
    /// lasts one to three school days, so a day looks back at the illnesses that started on the two school days before it.
    /// </summary>
    private static HashSet<int> SickStudents(DemoPopulation people, DateOnly day)
    {
        var sick = new HashSet<int>();
        var start = day;
        for (var daysBack = 0; daysBack < LongestIllness; daysBack++)
        {
            var random = DemoRandom.For(people.Seed, DemoStream.Sickness, start);
            foreach (var student in people.Students)
            {
                var falls = random.NextDouble() < people.SickRate[student.Id] / 2;
                var length = random.Next(1, LongestIllness + 1);
                if (falls && length > daysBack) sick.Add(student.Id);
            }
            start = PreviousSchoolDay(start);
        }
        return sick;
    }

    public static bool IsSchoolDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static DateOnly PreviousSchoolDay(DateOnly day)
    {
        do day = day.AddDays(-1);
        while (!IsSchoolDay(day));
        return day;
    }
}
