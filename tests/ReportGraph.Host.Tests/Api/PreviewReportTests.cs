using System.Net;
using System.Text.Json;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Api;

/// <summary>previewReport: renders without emailing or recording a run, and hands out short-lived links to the files.</summary>
public sealed class PreviewReportTests : IDisposable
{
    private const string Preview = """
        mutation($input: PreviewReportInput!) {
          previewReport(input: $input) {
            files { format fileName contentType sizeBytes url }
            periodLabel rows expiresAt
            errors { code message path }
          }
        }
        """;

    private readonly ApiHost _host = new(WithDemoData(new Dictionary<string, string?> { ["Executions:PreviewLifetime"] = "00:00:03" }));

    // The sample plugins read the demo data set, created in the host's data folder.
    private static Dictionary<string, string?> WithDemoData(Dictionary<string, string?> settings)
    {
        settings["Demo:Enabled"] = "true";
        settings["DataSources:demo:Provider"] = "Sqlite";
        settings["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db";
        return settings;
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_member_previews_a_report_and_its_links_download_the_real_files_without_any_email_or_execution()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var payload = (await client.DataAsync(Preview, new
        {
            input = new
            {
                reportType = "tutor-weekly",
                parameters = new { tutorId = "T01" },
                formats = new[] { "PDF", "HTML" },
                recurrence = new { kind = "WEEKLY", timeOfDay = "08:00", weekdays = new[] { "MONDAY" } },
                timeZone = "Europe/Berlin",
            },
        })).GetProperty("previewReport");

        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.GetProperty("errors").ToString());
        Assert.StartsWith("Week ", payload.GetProperty("periodLabel").GetString());
        var files = payload.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["PDF", "HTML"], files.Select(f => f.GetProperty("format").GetString()!).ToArray());

        var pdf = files[0];
        Assert.EndsWith(".pdf", pdf.GetProperty("fileName").GetString());
        var pdfResponse = await _host.Anonymous().Http.GetAsync(pdf.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, pdfResponse.StatusCode);
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType?.MediaType);
        var bytes = await pdfResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(pdf.GetProperty("sizeBytes").GetInt64(), bytes.Length);
        Assert.Equal("inline", pdfResponse.Content.Headers.ContentDisposition?.DispositionType);

        var htmlResponse = await _host.Anonymous().Http.GetAsync(files[1].GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, htmlResponse.StatusCode);
        Assert.Contains("Sessions per tutor", await htmlResponse.Content.ReadAsStringAsync());
        // The web app frames it; its own content runs sandboxed.
        Assert.Equal("SAMEORIGIN", htmlResponse.Headers.GetValues("X-Frame-Options").Single());
        Assert.StartsWith("sandbox", htmlResponse.Headers.GetValues("Content-Security-Policy").Single());

        var admin = await _host.AdminAsync();
        var executions = await admin.DataAsync("{ schedules { nodes { id } } }");
        Assert.Equal(0, executions.GetProperty("schedules").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Bad_parameters_and_formats_come_back_at_their_paths_and_nothing_is_rendered()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var payload = (await client.DataAsync(Preview, new
        {
            input = new { reportType = "tutor-weekly", parameters = new { tutorId = "T99", colour = "red" }, formats = new[] { "PDF", "PDF" }, timeZone = "Europe/Berln" },
        })).GetProperty("previewReport");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("files").ValueKind);
        var errors = payload.GetProperty("errors").EnumerateArray()
            .Select(e => (Path: string.Join(".", e.GetProperty("path").EnumerateArray().Select(p => p.ToString())), Code: e.GetProperty("code").GetString()))
            .ToList();
        Assert.Contains(errors, e => e.Path == "parameters.colour" && e.Code == "UNKNOWN");
        Assert.Contains(errors, e => e.Path == "formats.1" && e.Code == "DUPLICATE");
        Assert.Contains(errors, e => e.Path == "timeZone");
        Assert.False(Directory.Exists(Path.Combine(_host.DataDirectory, "previews")) && Directory.EnumerateFileSystemEntries(Path.Combine(_host.DataDirectory, "previews")).Any());

        var unknownTutor = (await client.DataAsync(Preview, new { input = new { reportType = "tutor-weekly", parameters = new { tutorId = "T99" }, formats = new[] { "PDF" } } }))
            .GetProperty("previewReport").GetProperty("errors");
        var error = Assert.Single(unknownTutor.EnumerateArray());
        Assert.Equal("parameters.tutorId", string.Join(".", error.GetProperty("path").EnumerateArray().Select(p => p.ToString())));
        Assert.Contains("T99", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Nobody_previews_what_they_could_not_schedule()
    {
        var anonymous = await _host.Anonymous().PostAsync(Preview, new { input = new { reportType = "tutor-weekly", formats = new[] { "PDF" } } });
        Assert.Equal("UNAUTHENTICATED", ApiClient.FirstErrorCode(anonymous));

        using var folder = new TempFolder("rg-preview-catalog");
        var catalog = folder.Combine("plugins.json");
        File.WriteAllText(catalog, JsonSerializer.Serialize(new
        {
            plugins = new[]
            {
                new { path = Path.Combine(RepositoryPaths.Root, "plugins", "TutorWeekly", "TutorWeekly.dll"), enabled = true },
                new { path = Path.Combine(RepositoryPaths.Root, "plugins", "PayerDrift", "PayerDrift.dll"), enabled = false },
            },
        }));
        using var host = new ApiHost(WithDemoData(new Dictionary<string, string?> { ["Plugins:CatalogPath"] = catalog }));
        var (member, _) = await host.MemberAsync("ann@example.org");
        var unavailable = new { reportType = "payer-drift", formats = new[] { "PDF" } };

        var preview = (await member.DataAsync(Preview, new { input = unavailable })).GetProperty("previewReport");
        var create = (await member.DataAsync(Documents.CreateSchedule, new
        {
            input = new
            {
                name = "Drift",
                reportType = "payer-drift",
                recurrence = new { kind = "WEEKLY", timeOfDay = "08:00", weekdays = new[] { "MONDAY" } },
                timeZone = "Europe/Berlin",
                formats = new[] { "PDF" },
                recipients = new[] { new { email = "ada@example.org" } },
            },
        })).GetProperty("createSchedule");

        // The same refusal at the same field as createSchedule's, and nothing rendered.
        var previewError = Assert.Single(preview.GetProperty("errors").EnumerateArray());
        var createError = Assert.Single(create.GetProperty("errors").EnumerateArray());
        Assert.Equal("reportType", previewError.GetProperty("path")[0].GetString());
        Assert.Equal(createError.GetProperty("code").GetString(), previewError.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, preview.GetProperty("files").ValueKind);
    }

    [Fact]
    public async Task Preview_links_expire_and_the_files_are_removed()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var url = (await client.DataAsync(Preview, new { input = new { reportType = "tutor-weekly", formats = new[] { "CSV" } } }))
            .GetProperty("previewReport").GetProperty("files")[0].GetProperty("url").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await _host.Anonymous().Http.GetAsync(url)).StatusCode);

        var altered = url[..^4] + (url[^4] == 'A' ? 'B' : 'A') + url[^3..];
        Assert.Equal(HttpStatusCode.Gone, (await _host.Anonymous().Http.GetAsync(altered)).StatusCode);

        // Executions:PreviewLifetime is 3 seconds here.
        await Task.Delay(TimeSpan.FromSeconds(4.5));
        var expired = await _host.Anonymous().Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("expired", await expired.Content.ReadAsStringAsync());

        // The next preview sweeps the expired one's files.
        await client.DataAsync(Preview, new { input = new { reportType = "tutor-weekly", formats = new[] { "CSV" } } });
        Assert.Single(Directory.GetDirectories(Path.Combine(_host.DataDirectory, "previews")));
    }
}
