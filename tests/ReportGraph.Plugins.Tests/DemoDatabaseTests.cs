using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using ReportGraph.Host.DemoData;

namespace ReportGraph.Plugins.Tests;

[Collection(DemoCollection.Name)]
public sealed class DemoDatabaseTests(DemoFixture demo) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rg-demodb-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("subjects")]
    [InlineData("teachers")]
    [InlineData("students")]
    [InlineData("tutors")]
    [InlineData("lessons")]
    [InlineData("attendance")]
    [InlineData("assessments")]
    [InlineData("grades")]
    [InlineData("tutoring_sessions")]
    [InlineData("payers")]
    [InlineData("claims")]
    public async Task Every_table_holds_every_row_of_the_data_set(string table)
    {
        var expected = table switch
        {
            "subjects" => demo.Data.Subjects.Count,
            "teachers" => demo.Data.Teachers.Count,
            "students" => demo.Data.Students.Count,
            "tutors" => demo.Data.Tutors.Count,
            "lessons" => demo.Data.Lessons.Count,
            "attendance" => demo.Data.Attendance.Count,
            "assessments" => demo.Data.Assessments.Count,
            "grades" => demo.Data.Grades.Count,
            "tutoring_sessions" => demo.Data.TutoringSessions.Count,
            "payers" => demo.Data.Payers.Count,
            "claims" => demo.Data.Claims.Count,
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };

        Assert.Equal(expected, await ScalarAsync<long>(demo.DatabaseFile, $"SELECT COUNT(*) FROM {table}"));
    }

    [Fact]
    public async Task Values_round_trip_with_their_text_forms()
    {
        var claim = demo.Data.Claims.First(c => c.Outcome == ClaimOutcome.Denied);
        var session = demo.Data.TutoringSessions.First(s => s.Status == SessionStatus.NoShow);

        Assert.Equal($"{claim.SubmittedOn:yyyy-MM-dd}|denied|{claim.DenialReason}|{claim.BilledAmount:0.00}",
            await ScalarAsync<string>(demo.DatabaseFile, $"SELECT submitted_on || '|' || outcome || '|' || denial_reason || '|' || printf('%.2f', billed_amount) FROM claims WHERE id = {claim.Id}"));
        Assert.Equal($"{session.TutorId}|{session.Date:yyyy-MM-dd}|{session.StartTime:HH:mm}|no-show|{session.DurationMinutes}",
            await ScalarAsync<string>(demo.DatabaseFile, $"SELECT tutor_id || '|' || session_date || '|' || start_time || '|' || status || '|' || duration_minutes FROM tutoring_sessions WHERE id = {session.Id}"));
    }

    [Fact]
    public async Task The_plugins_queries_use_indexes()
    {
        Assert.Equal(
            "ix_assessments_class_subject_date,ix_attendance_student,ix_claims_date,ix_claims_payer_date,ix_grades_student,ix_lessons_date,ix_sessions_date_tutor,ix_sessions_tutor_date",
            await ScalarAsync<string>(demo.DatabaseFile, "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%' ORDER BY name)"));
        Assert.Contains("ix_claims_payer_date", await PlanAsync("SELECT COUNT(*) FROM claims WHERE payer_id = 'BSM' AND submitted_on >= '2026-10-01'"));
        Assert.Contains("ix_attendance_student", await PlanAsync("SELECT COUNT(*) FROM attendance WHERE student_id = 7"));
        Assert.Contains("ix_sessions_tutor_date", await PlanAsync("SELECT COUNT(*) FROM tutoring_sessions WHERE tutor_id = 'T01' AND session_date >= '2026-11-01'"));
    }

    private async Task<string> PlanAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={demo.DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        await using var reader = await command.ExecuteReaderAsync();
        var details = new List<string>();
        while (await reader.ReadAsync()) details.Add(reader.GetString(3));
        return string.Join("; ", details);
    }

    [Fact]
    public async Task The_meta_table_records_the_days_and_the_seed()
    {
        Assert.Equal("2026-11-15", await ScalarAsync<string>(demo.DatabaseFile, "SELECT value FROM demo_meta WHERE key = 'last_day'"));
        Assert.Equal("2026-05-18", await ScalarAsync<string>(demo.DatabaseFile, "SELECT value FROM demo_meta WHERE key = 'first_day'"));
        Assert.Equal("2026", await ScalarAsync<string>(demo.DatabaseFile, "SELECT value FROM demo_meta WHERE key = 'seed'"));
    }

    [Fact]
    public async Task First_start_creates_the_database_and_a_second_start_reuses_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 23, 30, 0, TimeSpan.Zero));
        var file = Path.Combine(_folder, "data", "demo.db");

        var first = await DemoDatabase.EnsureCreatedAsync(file, clock);
        clock.Advance(TimeSpan.FromDays(3));
        var second = await DemoDatabase.EnsureCreatedAsync(file, clock);

        Assert.True(first.Created);
        Assert.Equal(new DateOnly(2026, 11, 21), first.LastDay);
        Assert.Equal(new DateOnly(2026, 11, 21).AddDays(-181), first.FirstDay);
        Assert.False(second.Created);
        Assert.Equal(first.LastDay, second.LastDay);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 23, 30, 0, TimeSpan.Zero), second.GeneratedAt);
        Assert.Equal(60, await ScalarAsync<long>(file, "SELECT COUNT(*) FROM students"));
        // No temporary file is left behind (the -wal and -shm files belong to the write-ahead log readers use).
        Assert.Equal([Path.GetFileName(file)], Directory.GetFiles(Path.GetDirectoryName(file)!).Select(Path.GetFileName).Where(f => !f!.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal)));
        Assert.Equal("wal", await ScalarAsync<string>(file, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_cancelled_first_start_leaves_no_file_behind_and_the_next_start_creates_it()
    {
        var file = Path.Combine(_folder, "data", "demo.db");
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DemoDatabase.EnsureCreatedAsync(file, TimeProvider.System, cts.Token));

        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!));
        Assert.True((await DemoDatabase.EnsureCreatedAsync(file, TimeProvider.System)).Created);
    }

    [Fact]
    public async Task A_file_that_is_not_a_demo_database_is_refused_not_overwritten()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (text TEXT)";
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DemoDatabase.EnsureCreatedAsync(file, TimeProvider.System));

        Assert.Contains(file, error.Message);
        Assert.Contains("not a ReportGraph demo database", error.Message);
        Assert.Equal(0, await ScalarAsync<long>(file, "SELECT COUNT(*) FROM notes"));
    }

    [Fact]
    public async Task A_cancelled_creation_leaves_no_tables_behind()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "cancelled.db");
        using var cts = new CancellationTokenSource();
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DemoDatabase.CreateAsync(connection, demo.Data, cts.Token));

        Assert.Equal(0, await ScalarAsync<long>(file, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"));
    }

    [Fact]
    public async Task Creating_twice_on_the_same_database_fails_and_keeps_the_first_data()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "twice.db");
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await DemoDatabase.CreateAsync(connection, demo.Data, CancellationToken.None);

        await Assert.ThrowsAsync<SqliteException>(() => DemoDatabase.CreateAsync(connection, demo.Data, CancellationToken.None));

        Assert.Equal(demo.Data.Claims.Count, await ScalarAsync<long>(file, "SELECT COUNT(*) FROM claims"));
    }

    internal static async Task<T> ScalarAsync<T>(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
