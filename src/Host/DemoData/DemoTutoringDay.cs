namespace ReportGraph.Host.DemoData;

/// <summary>One day's tutoring sessions: each roster slot of the weekday is booked most weeks, and some sessions fail.</summary>
internal static class DemoTutoringDay
{
    public static void Generate(DemoPopulation people, DemoSequences ids, DateOnly day, DemoDays into)
    {
        var random = DemoRandom.For(people.Seed, DemoStream.Sessions, day);
        foreach (var slot in people.TutorSlots.Where(s => s.Day == day.DayOfWeek).OrderBy(s => s.Start).ThenBy(s => s.Tutor.Id, StringComparer.Ordinal))
        {
            if (random.NextDouble() < 0.15) continue; // no session booked this week
            var roll = random.NextDouble();
            var status = roll < 0.07 ? SessionStatus.Cancelled : roll < 0.07 + slot.NoShowRate ? SessionStatus.NoShow : SessionStatus.Held;
            into.TutoringSessions.Add(new TutoringSession(++ids.LastSessionId, slot.Tutor.Id, slot.Student.Id, slot.Tutor.SubjectId,
                day, slot.Start, slot.Minutes, status));
        }
    }
}
