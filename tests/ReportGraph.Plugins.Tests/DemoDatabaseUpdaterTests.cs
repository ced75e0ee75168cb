using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using ReportGraph.Host.DemoData;
using ReportGraph.Plugins.PayerDrift;
using ReportGraph.Plugins.StudentReport;
using ReportGraph.Plugins.TutorWeekly;
using static ReportGraph.Plugins.Tests.Requests;

namespace ReportGraph.Plugins.Tests;

/// <summary>A demo database made for day D and brought up to a later day, on real SQLite files, read by the real plugins.</summary>
public sealed class DemoDatabaseUpdaterTests : IDisposable
{
    /// <summary>A Friday; D + 30 is a Sunday, so the last Monday-based week ends on the new last day.</summary>
    private static readonly DateOnly D = new(2026, 10, 16);
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(1);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rg-demoupdate-" + Guid.NewGuid().ToString("N"));

    private string File(string name = "demo.db") => Path.Combine(_folder, name);

    private static FakeTimeProvider At(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(6, 30)), TimeSpan.Zero));

    private async Task<string> CreatedOnAsync(DateOnly day, string name = "demo.db")
    {
        var info = await DemoDatabase.EnsureCreatedAsync(File(name), At(day));
        Assert.True(info.Created);
        return info.FilePath;
    }

    private static SqliteDataSources Sources(string file) => new(new Dictionary<string, string> { ["demo"] = file });

    [Fact]
    public async Task A_database_made_on_D_and_updated_on_D_plus_30_holds_the_new_days_and_the_sample_reports_have_rows_for_the_last_week()
    {
        var file = await CreatedOnAsync(D);
        var today = D.AddDays(30);

        var result = await DemoDatabaseUpdater.UpdateAsync(file, At(today), LockTimeout);

        Assert.Equal(new DemoUpdateResult(D, today, result.RowsAdded, result.ClaimsSettled), result);
        Assert.True(result.Extended);
        Assert.InRange(result.RowsAdded, 8_000, 20_000);
        Assert.Equal("2026-11-15", await ScalarAsync<string>(file, "SELECT value FROM demo_meta WHERE key = 'last_day'"));
        Assert.Equal("2026-11-14", await ScalarAsync<string>(file, "SELECT MAX(submitted_on) FROM claims")); // no claims on Sundays
        Assert.Equal("2026-11-13", await ScalarAsync<string>(file, "SELECT MAX(lesson_date) FROM lessons")); // the last Friday
        Assert.Equal(D.AddDays(-181).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await ScalarAsync<string>(file, "SELECT value FROM demo_meta WHERE key = 'first_day'"));

        var sources = Sources(file);
        var monday = today.AddDays(-6);
        var tutor = new TutorWeeklyDefinition();
        var tutorRows = await RowsAsync(Table(await tutor.GenerateAsync(For(tutor, sources, monday, today), CancellationToken.None), "Sessions per tutor"));
        Assert.Equal(6, tutorRows.Count);
        Assert.Contains(tutorRows, r => (long)r[3]! > 0); // sessions held in the new last week

        var student = new StudentReportDefinition();
        var studentResult = await student.GenerateAsync(For(student, sources, today.AddDays(-27), today, (StudentReportDefinition.StudentIdParameter, 12L)), CancellationToken.None);
        Assert.NotEmpty(await RowsAsync(Table(studentResult, "Grades")));
        Assert.Equal(4, (await RowsAsync(Table(studentResult, "Attendance by week"))).Count);

        var drift = new PayerDriftDefinition();
        var driftResult = await drift.GenerateAsync(For(drift, sources, monday, today), CancellationToken.None);
        var summary = Table(driftResult, "Drift by payer");
        var flagged = (await RowsAsync(summary)).Where(r => (bool)Cell(summary, r, "flagged")!).Select(r => (string)r[0]!).Order();
        Assert.Equal(["BSM", "SVH"], flagged);
        Assert.Equal(6 * 12, (await RowsAsync(Table(driftResult, "Weekly denial rate"))).Count);
    }

    [Fact]
    public async Task Rows_up_to_D_are_unchanged_except_the_drift_denials_of_the_four_weeks_before_D_which_are_overturned()
    {
        var file = await CreatedOnAsync(D);
        var before = await DayDigestsAsync(file, D);
        var claimsBefore = await ClaimsAsync(file);

        var result = await DemoDatabaseUpdater.UpdateAsync(file, At(D.AddDays(30)), LockTimeout);

        var after = await DayDigestsAsync(file, D);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var key in before.Keys.Where(k => k.Table != "claims of drifting payers" || k.Day < D.AddDays(-27)))
        {
            Assert.True(before[key] == after[key], $"{key.Table} of {key.Day:yyyy-MM-dd} changed");
        }

        // In the four weeks before D, the drifting payers' claims keep their ids, days and amounts billed;
        // only the denials the drift added are now paid, so those weeks no longer stand out from the baseline.
        var claimsAfter = (await ClaimsAsync(file)).ToDictionary(c => c.Id);
        var changed = claimsBefore.Where(c => c.SubmittedOn <= D && !c.Equals(claimsAfter[c.Id])).ToList();
        Assert.Equal(result.ClaimsSettled, changed.Count);
        Assert.InRange(changed.Count, 40, 400);
        Assert.All(changed, c =>
        {
            var now = claimsAfter[c.Id];
            Assert.Contains(c.PayerId, (string[])["BSM", "SVH"]);
            Assert.InRange(c.SubmittedOn, D.AddDays(-27), D);
            Assert.Equal((ClaimOutcome.Denied, "CO-197", 0m), (c.Outcome, c.DenialReason, c.PaidAmount));
            Assert.Equal((ClaimOutcome.Paid, (string?)null, c.BilledAmount, c.SubmittedOn), (now.Outcome, now.DenialReason, now.BilledAmount, now.SubmittedOn));
            Assert.InRange(now.PaidAmount, 0.01m, c.BilledAmount);
        });
    }

    [Fact]
    public async Task The_added_days_and_the_settled_claims_are_what_a_data_set_generated_new_up_to_the_same_day_holds()
    {
        var file = await CreatedOnAsync(D);
        var today = D.AddDays(30);
        await DemoDatabaseUpdater.UpdateAsync(file, At(today), LockTimeout);
        var fresh = DemoDataGenerator.Generate(today);

        // Claims (without ids) of every day both cover: the old drift weeks settled, the new ones drifting.
        var stored = (await ClaimsAsync(file)).Where(c => c.SubmittedOn >= fresh.FirstDay).Select(c => c with { Id = 0 }).ToList();
        Assert.Equal(fresh.Claims.Select(c => c with { Id = 0 }), stored);

        // School days and tutoring sessions of the added days.
        var lessons = await ListAsync(file, $"SELECT class_name, subject_id, teacher_id, lesson_date, start_time FROM lessons WHERE lesson_date > '{D:yyyy-MM-dd}' ORDER BY id");
        Assert.Equal(fresh.Lessons.Where(l => l.Date > D).Select(l => $"{l.ClassName}|{l.SubjectId}|{l.TeacherId}|{l.Date:yyyy-MM-dd}|{l.StartTime:HH:mm}"), lessons);
        var attendance = await ListAsync(file, $"SELECT l.lesson_date, l.start_time, a.student_id, a.status FROM attendance a JOIN lessons l ON l.id = a.lesson_id WHERE l.lesson_date > '{D:yyyy-MM-dd}' ORDER BY a.lesson_id, a.student_id");
        var freshLessons = fresh.Lessons.ToDictionary(l => l.Id);
        Assert.Equal(fresh.Attendance.Where(a => freshLessons[a.LessonId].Date > D)
            .Select(a => $"{freshLessons[a.LessonId].Date:yyyy-MM-dd}|{freshLessons[a.LessonId].StartTime:HH:mm}|{a.StudentId}|{a.Status.ToString().ToLowerInvariant()}"), attendance);
        var sessions = await ListAsync(file, $"SELECT tutor_id, student_id, session_date, start_time, duration_minutes, status FROM tutoring_sessions WHERE session_date > '{D:yyyy-MM-dd}' ORDER BY id");
        Assert.Equal(fresh.TutoringSessions.Where(s => s.Date > D)
            .Select(s => $"{s.TutorId}|{s.StudentId}|{s.Date:yyyy-MM-dd}|{s.StartTime:HH:mm}|{s.DurationMinutes}|{(s.Status == SessionStatus.NoShow ? "no-show" : s.Status.ToString().ToLowerInvariant())}"), sessions);
    }

    [Fact]
    public async Task Two_copies_updated_to_the_same_day_hold_the_same_rows()
    {
        var first = await CreatedOnAsync(D, "a.db");
        System.IO.File.Copy(first, File("b.db"));

        await DemoDatabaseUpdater.UpdateAsync(first, At(D.AddDays(9)), LockTimeout);
        await DemoDatabaseUpdater.UpdateAsync(File("b.db"), At(D.AddDays(4)), LockTimeout);
        await DemoDatabaseUpdater.UpdateAsync(File("b.db"), At(D.AddDays(9)), LockTimeout);

        Assert.Equal(await DayDigestsAsync(first, D.AddDays(9)), await DayDigestsAsync(File("b.db"), D.AddDays(9)));
    }

    [Fact]
    public async Task Updating_again_on_the_same_day_adds_nothing()
    {
        var file = await CreatedOnAsync(D);
        await DemoDatabaseUpdater.UpdateAsync(file, At(D.AddDays(30)), LockTimeout);
        var digests = await DayDigestsAsync(file, D.AddDays(30));

        var again = await DemoDatabaseUpdater.UpdateAsync(file, At(D.AddDays(30)), LockTimeout);

        Assert.Equal(new DemoUpdateResult(D.AddDays(30), D.AddDays(30), 0, 0), again);
        Assert.False(again.Extended);
        Assert.Equal(digests, await DayDigestsAsync(file, D.AddDays(30)));
        Assert.Equal(0L, await ScalarAsync<long>(file, $"SELECT COUNT(*) FROM claims WHERE submitted_on > '{D.AddDays(30):yyyy-MM-dd}'"));
    }

    [Fact]
    public async Task A_service_that_keeps_running_for_ninety_days_still_shows_the_two_payers_drifting_exactly_as_a_new_data_set_does()
    {
        var file = await CreatedOnAsync(D);
        var today = D;
        for (var day = 1; day <= 90; day++)
        {
            today = D.AddDays(day);
            await DemoDatabaseUpdater.UpdateAsync(file, At(today), LockTimeout);
        }
        var fresh = Path.Combine(_folder, "fresh.db");
        await using (var connection = new SqliteConnection($"Data Source={fresh};Pooling=False"))
        {
            await DemoDatabase.CreateAsync(connection, DemoDataGenerator.Generate(today), CancellationToken.None);
        }

        var drift = new PayerDriftDefinition();
        async Task<List<object?[]>> SummaryAsync(string db) =>
            await RowsAsync(Table(await drift.GenerateAsync(For(drift, Sources(db), today.AddDays(-6), today), CancellationToken.None), "Drift by payer"));
        var kept = await SummaryAsync(file);

        Assert.Equal(await SummaryAsync(fresh), kept);
        Assert.Equal(["BSM", "SVH"], kept.Where(r => (bool)r[^1]!).Select(r => (string)r[0]!).Order());
    }

    [Fact]
    public async Task A_file_from_an_earlier_version_gets_the_new_days_and_keeps_every_old_row()
    {
        var file = await CreatedOnAsync(D);
        await ExecuteAsync(file, $"DELETE FROM demo_meta WHERE key = 'extendable_from'");
        var before = await DayDigestsAsync(file, D);

        var result = await DemoDatabaseUpdater.UpdateAsync(file, At(D.AddDays(30)), LockTimeout);

        Assert.Equal(0, result.ClaimsSettled);
        Assert.Equal(before, await DayDigestsAsync(file, D));
        Assert.Equal(D.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await ScalarAsync<string>(file, "SELECT value FROM demo_meta WHERE key = 'extendable_from'"));
        Assert.Equal(D.AddDays(29).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await ScalarAsync<string>(file, "SELECT MAX(submitted_on) FROM claims")); // a Saturday
    }

    [Fact]
    public async Task Reports_running_during_an_update_never_fail_and_see_each_new_day_whole_or_not_at_all()
    {
        var file = await CreatedOnAsync(D);
        var sources = Sources(file);
        var tutor = new TutorWeeklyDefinition();
        var seen = new System.Collections.Concurrent.ConcurrentBag<(string Table, string Day, long Rows)>();
        using var stop = new CancellationTokenSource();
        var reads = 0;

        async Task ReadUntilStoppedAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                await using (var connection = await sources.OpenAsync("demo", CancellationToken.None))
                {
                    foreach (var (table, day) in new[] { ("claims", "submitted_on"), ("lessons", "lesson_date"), ("tutoring_sessions", "session_date") })
                    {
                        await using var command = connection.CreateCommand();
                        command.CommandText = $"SELECT {day}, COUNT(*) FROM {table} WHERE {day} > '{D:yyyy-MM-dd}' GROUP BY {day}";
                        await using var reader = await command.ExecuteReaderAsync();
                        while (await reader.ReadAsync()) seen.Add((table, reader.GetString(0), reader.GetInt64(1)));
                    }
                }
                var week = D.AddDays(100);
                await RowsAsync(Table(await tutor.GenerateAsync(For(tutor, sources, week.AddDays(-6), week), CancellationToken.None), "Sessions per tutor"));
                Interlocked.Increment(ref reads);
            }
        }

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(ReadUntilStoppedAsync)).ToList();
        while (Volatile.Read(ref reads) == 0) await Task.Delay(10);
        await DemoDatabaseUpdater.UpdateAsync(file, At(D.AddDays(120)), LockTimeout);
        var readsAfterUpdate = Volatile.Read(ref reads);
        while (Volatile.Read(ref reads) < readsAfterUpdate + 3) await Task.Delay(10);
        await stop.CancelAsync();
        await Task.WhenAll(readers); // a failed read fails the test here

        var final = new Dictionary<(string, string), long>();
        foreach (var (table, day) in new[] { ("claims", "submitted_on"), ("lessons", "lesson_date"), ("tutoring_sessions", "session_date") })
        {
            foreach (var row in await ListAsync(file, $"SELECT {day} || '|' || COUNT(*) FROM {table} WHERE {day} > '{D:yyyy-MM-dd}' GROUP BY {day}"))
            {
                var parts = row.Split('|');
                final[(table, parts[0])] = long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        Assert.NotEmpty(seen);
        Assert.All(seen, s => Assert.Equal(final[(s.Table, s.Day)], s.Rows));
    }

    [Fact]
    public async Task A_locked_database_is_not_changed_and_the_error_says_so_and_the_next_update_adds_the_days()
    {
        var file = await CreatedOnAsync(D);
        await using (var holder = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await holder.OpenAsync();
            await using var transaction = await holder.BeginTransactionAsync(); // BEGIN IMMEDIATE: holds the write lock

            var error = await Assert.ThrowsAsync<SqliteException>(() => DemoDatabaseUpdater.UpdateAsync(file, At(D.AddDays(30)), LockTimeout));

            Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY
        }

        Assert.Equal(D.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await ScalarAsync<string>(file, "SELECT MAX(submitted_on) FROM claims"));
        Assert.True((await DemoDatabaseUpdater.UpdateAsync(file, At(D.AddDays(30)), LockTimeout)).Extended);
    }

    [Fact]
    public async Task A_file_that_is_not_a_demo_database_is_refused_and_left_as_it_is()
    {
        Directory.CreateDirectory(_folder);
        var file = File("mine.db");
        await ExecuteAsync(file, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me')");
        var bytes = await System.IO.File.ReadAllBytesAsync(file);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DemoDatabaseUpdater.UpdateAsync(file, At(D), LockTimeout));

        Assert.Contains(file, error.Message);
        Assert.Contains("not a ReportGraph demo database", error.Message);
        SqliteConnection.ClearAllPools();
        Assert.Equal(bytes, await System.IO.File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task A_missing_file_is_an_error_naming_it()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => DemoDatabaseUpdater.UpdateAsync(File("none.db"), At(D), LockTimeout));
        Assert.Contains(File("none.db"), error.Message);
    }

    /// <summary>Per table and day: the row count and a hash of every value, rows in key order.</summary>
    private static async Task<Dictionary<(string Table, DateOnly Day), string>> DayDigestsAsync(string file, DateOnly upTo)
    {
        const string drifting = "('BSM', 'SVH')";
        var queries = new Dictionary<string, string>
        {
            ["lessons"] = "SELECT lesson_date, id || '|' || class_name || '|' || subject_id || '|' || teacher_id || '|' || start_time FROM lessons ORDER BY id",
            ["attendance"] = "SELECT l.lesson_date, a.lesson_id || '|' || a.student_id || '|' || a.status FROM attendance a JOIN lessons l ON l.id = a.lesson_id ORDER BY a.lesson_id, a.student_id",
            ["assessments"] = "SELECT assessment_date, id || '|' || class_name || '|' || subject_id || '|' || title FROM assessments ORDER BY id",
            ["grades"] = "SELECT s.assessment_date, g.assessment_id || '|' || g.student_id || '|' || g.score FROM grades g JOIN assessments s ON s.id = g.assessment_id ORDER BY g.assessment_id, g.student_id",
            ["tutoring_sessions"] = "SELECT session_date, id || '|' || tutor_id || '|' || student_id || '|' || start_time || '|' || duration_minutes || '|' || status FROM tutoring_sessions ORDER BY id",
            ["claims of other payers"] = $"SELECT submitted_on, {ClaimText} FROM claims WHERE payer_id NOT IN {drifting} ORDER BY id",
            ["claims of drifting payers"] = $"SELECT submitted_on, {ClaimText} FROM claims WHERE payer_id IN {drifting} ORDER BY id",
            ["claim ids and amounts billed"] = "SELECT submitted_on, id || '|' || payer_id || '|' || billed_amount FROM claims ORDER BY id",
        };
        var digests = new Dictionary<(string, DateOnly), string>();
        foreach (var (table, sql) in queries)
        {
            foreach (var day in (await ListAsync(file, sql, separator: '\t')).Select(r => r.Split('\t'))
                .GroupBy(r => DateOnly.ParseExact(r[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Where(g => g.Key <= upTo))
            {
                var text = string.Join("\n", day.Select(r => r[1]));
                digests[(table, day.Key)] = $"{day.Count()}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}";
            }
        }
        return digests;
    }

    private const string ClaimText = "id || '|' || payer_id || '|' || billed_amount || '|' || paid_amount || '|' || outcome || '|' || COALESCE(denial_reason, '')";

    private static async Task<List<Claim>> ClaimsAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, payer_id, submitted_on, billed_amount, paid_amount, outcome, denial_reason FROM claims ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var claims = new List<Claim>();
        while (await reader.ReadAsync())
        {
            claims.Add(new Claim(reader.GetInt32(0), reader.GetString(1), DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Math.Round((decimal)reader.GetDouble(3), 2), Math.Round((decimal)reader.GetDouble(4), 2),
                reader.GetString(5) == "denied" ? ClaimOutcome.Denied : ClaimOutcome.Paid, reader.IsDBNull(6) ? null : reader.GetString(6)));
        }
        return claims;
    }

    /// <summary>Each row's columns joined by <paramref name="separator"/>.</summary>
    private static async Task<List<string>> ListAsync(string file, string sql, char separator = '|')
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(separator, Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    private static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static Task<T> ScalarAsync<T>(string file, string sql) => DemoDatabaseTests.ScalarAsync<T>(file, sql);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
