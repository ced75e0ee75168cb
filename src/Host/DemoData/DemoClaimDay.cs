namespace ReportGraph.Host.DemoData;

/// <summary>
/// One payer's claims of one day. Claims come on weekdays (a few on Saturdays); each payer-week has a denial rate
/// near the payer's base rate, and the number denied per day is that rate times the claims, rounded at random, so
/// weekly rates stay close to plan. The drifting payers (<see cref="DemoNames.Drift"/>) deny more in the four weeks
/// ending at the data set's last day.
/// </summary>
/// <remarks>
/// Everything about a claim (amount, when it would be denied, why) is drawn without looking at the drift; the drift
/// only decides how many of the day's claims are denied, and the extra ones are always the same claims, denied for
/// missing prior authorisation (CO-197). So when the last day moves on, the same call with the new last day gives the
/// same claims with the drift's extra denials overturned (paid) or added — see <see cref="DemoDatabaseUpdater"/>.
/// </remarks>
internal static class DemoClaimDay
{
    /// <summary>The claims of <paramref name="payerIndex"/> (in <see cref="DemoNames.Payers"/>) on <paramref name="day"/>, with id 0.</summary>
    public static List<Claim> Generate(DemoPopulation people, int payerIndex, DateOnly day, DateOnly lastDay)
    {
        if (day.DayOfWeek == DayOfWeek.Sunday) return [];
        var (id, _, baseRate, weekly) = DemoNames.Payers[payerIndex];
        var noise = (DemoRandom.For(people.Seed, DemoStream.ClaimWeek, DemoDataGenerator.WeekMonday(day), payerIndex + 1).NextDouble() - 0.5) * 0.03;
        var random = DemoRandom.For(people.Seed, DemoStream.Claims, day, payerIndex + 1);

        var dayShare = day.DayOfWeek == DayOfWeek.Saturday ? 0.04 : 0.192;
        var count = Math.Max(1, (int)Math.Round(weekly * dayShare * (0.8 + random.NextDouble() * 0.4)));
        var rounding = random.NextDouble();
        var usual = Denied(count, baseRate + noise, rounding);
        var denied = Math.Max(usual, Denied(count, baseRate + noise + Rise(id, day, lastDay), rounding));

        var drafts = Enumerable.Range(0, count).Select(_ => new
        {
            Billed = Math.Round((decimal)(80 + Math.Pow(random.NextDouble(), 2) * 2400), 2),
            PaidShare = 0.55 + random.NextDouble() * 0.35,
            Reason = DemoNames.DenialReasons[random.Next(DemoNames.DenialReasons.Length)],
            Rank = random.Next(),
        }).ToList();
        // The claims with the lowest ranks are denied: the usual denials first, then the drift's extra ones.
        var rankOrder = Enumerable.Range(0, count).OrderBy(i => drafts[i].Rank).ThenBy(i => i).ToList();
        var place = new int[count];
        for (var r = 0; r < count; r++) place[rankOrder[r]] = r;

        return drafts.Select((d, i) =>
        {
            var isDenied = place[i] < denied;
            var reason = !isDenied ? null : place[i] < usual ? d.Reason : DemoNames.DenialReasons[0];
            var paid = isDenied ? 0m : Math.Round(d.Billed * (decimal)d.PaidShare, 2);
            return new Claim(0, id, day, d.Billed, paid, isDenied ? ClaimOutcome.Denied : ClaimOutcome.Paid, reason);
        }).ToList();
    }

    /// <summary>How much a payer's denial rate is raised on <paramref name="day"/>: the drift of the week it falls in, counted back from the last day.</summary>
    public static double Rise(string payerId, DateOnly day, DateOnly lastDay)
    {
        var weeksBack = (lastDay.DayNumber - day.DayNumber) / 7;
        return day <= lastDay && DemoNames.Drift.TryGetValue(payerId, out var rises) && weeksBack < rises.Length ? rises[weeksBack] : 0;
    }

    /// <summary>How many days before and including the last day carry a drift.</summary>
    public static int DriftDays => DemoNames.Drift.Values.Max(r => r.Length) * 7;

    private static int Denied(int count, double rate, double rounding) => Math.Clamp((int)Math.Floor(count * rate + rounding), 0, count);
}
