namespace ReportGraph.Host.DemoData;

/// <summary>
/// Generates the deterministic demo data set: the same <c>lastDay</c> and seed always give the same data.
/// Each day's rows depend only on the seed, the day and the last day (which places the payer drift), so a data set
/// can be extended by later days (<see cref="DemoDatabaseUpdater"/>) and those days come out as in a new data set.
/// </summary>
public static class DemoDataGenerator
{
    /// <summary>How many weeks a new data set covers, ending at the last day.</summary>
    public const int Weeks = 26;

    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 2026;

    /// <summary>Generates the data set for the <see cref="Weeks"/> weeks ending at <paramref name="lastDay"/>.</summary>
    /// <param name="lastDay">The last day covered (inclusive).</param>
    /// <param name="seed">Seed of the pseudo-random generator.</param>
    public static DemoDataSet Generate(DateOnly lastDay, int seed = DefaultSeed)
    {
        var people = DemoPopulation.Create(seed);
        var firstDay = lastDay.AddDays(-Weeks * 7 + 1);
        var days = GenerateDays(people, new DemoSequences(), firstDay, firstDay, lastDay);

        return new DemoDataSet
        {
            FirstDay = firstDay,
            LastDay = lastDay,
            Seed = seed,
            Subjects = people.Subjects,
            Teachers = people.Teachers,
            Students = people.Students,
            Tutors = people.Tutors,
            Lessons = days.Lessons,
            Attendance = days.Attendance,
            Assessments = days.Assessments,
            Grades = days.Grades,
            TutoringSessions = days.TutoringSessions,
            Payers = people.Payers,
            Claims = days.Claims,
            DriftingPayerIds = [.. DemoNames.Drift.Keys],
        };
    }

    /// <summary>
    /// The rows of the days <paramref name="from"/> to <paramref name="lastDay"/> of a data set that starts at
    /// <paramref name="firstDay"/>, numbered on from <paramref name="ids"/> (which this advances).
    /// </summary>
    internal static DemoDays GenerateDays(DemoPopulation people, DemoSequences ids, DateOnly firstDay, DateOnly from, DateOnly lastDay)
    {
        var days = new DemoDays();
        for (var day = from; day <= lastDay; day = day.AddDays(1))
        {
            DemoSchoolDay.Generate(people, ids, firstDay, day, days);
            DemoTutoringDay.Generate(people, ids, day, days);
            for (var p = 0; p < DemoNames.Payers.Length; p++)
            {
                foreach (var claim in DemoClaimDay.Generate(people, p, day, lastDay))
                {
                    days.Claims.Add(claim with { Id = ++ids.LastClaimId });
                }
            }
        }
        return days;
    }

    /// <summary>The Monday of the week (Monday–Sunday) that holds <paramref name="date"/>.</summary>
    internal static DateOnly WeekMonday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
