using ReportGraph.Abstractions;
using ReportGraph.Plugins.PayerDrift;
using ReportGraph.Plugins.StudentReport;
using ReportGraph.Plugins.TutorWeekly;

namespace ReportGraph.Plugins.Tests;

/// <summary>The sample plugins' id parameters offer their allowed values from the demo data, with names, and know an unknown id.</summary>
[Collection(DemoCollection.Name)]
public sealed class SampleParameterOptionsTests(DemoFixture demo)
{
    private ParameterOptionsContext Context => new() { DataSources = demo.Sources(), Services = new ServiceCollectionless() };

    private static IParameterOptions OptionsOf(IReportDefinition report, string name) =>
        report.Parameters.Single(p => p.Name == name).Options ?? throw new InvalidOperationException($"{report.Key}.{name} offers no options");

    [Fact]
    public async Task Every_tutor_is_an_option_with_id_and_name_after_all_tutors()
    {
        var options = await OptionsOf(new TutorWeeklyDefinition(), "tutorId").ListAsync(Context, null, 100, CancellationToken.None);

        Assert.Equal(new ParameterOption("all", "All tutors"), options[0]);
        Assert.Equal(demo.Data.Tutors.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => new ParameterOption(t.Id, $"{t.Id} — {t.Name}")), options.Skip(1));
    }

    [Fact]
    public async Task Every_student_is_an_option_with_name_and_class_and_first_limits_them()
    {
        var options = OptionsOf(new StudentReportDefinition(), "studentId");
        var all = await options.ListAsync(Context, null, 100, CancellationToken.None);
        var five = await options.ListAsync(Context, null, 5, CancellationToken.None);

        Assert.Equal(demo.Data.Students.Count, all.Count);
        var s = demo.Data.Students.OrderBy(x => x.Id).First();
        Assert.Equal(new ParameterOption((long)s.Id, $"Student {s.Id} — {s.FirstName} {s.LastName} ({s.ClassName})"), all[0]);
        Assert.Equal(all.Take(5), five);
    }

    [Fact]
    public async Task Every_payer_is_an_option_and_search_finds_by_name_ignoring_case()
    {
        var options = OptionsOf(new PayerDriftDefinition(), "payer");
        var all = await options.ListAsync(Context, null, 100, CancellationToken.None);
        var payer = demo.Data.Payers[0];
        var found = await options.ListAsync(Context, payer.Name.ToUpperInvariant(), 10, CancellationToken.None);

        Assert.Equal(demo.Data.Payers.Count + 1, all.Count); // and "All payers"
        Assert.Contains(new ParameterOption(payer.Id, $"{payer.Id} — {payer.Name}"), all);
        Assert.Equal([new ParameterOption(payer.Id, $"{payer.Id} — {payer.Name}")], found);
    }

    [Theory]
    [InlineData("tutor-weekly", "tutorId", "T02", true)]
    [InlineData("tutor-weekly", "tutorId", "t02", true)]
    [InlineData("tutor-weekly", "tutorId", "ALL", true)]
    [InlineData("tutor-weekly", "tutorId", "T99", false)]
    [InlineData("student-report", "studentId", 7L, true)]
    [InlineData("student-report", "studentId", 9999L, false)]
    [InlineData("payer-drift", "payer", "Bluestone Mutual", true)]
    [InlineData("payer-drift", "payer", "BSM", true)]
    [InlineData("payer-drift", "payer", "", true)]
    [InlineData("payer-drift", "payer", "Acme", false)]
    public async Task A_value_is_found_when_the_data_has_it(string key, string parameter, object value, bool known)
    {
        var option = await OptionsOf(AllSamplePluginsTests.Create(key), parameter).FindAsync(Context, value, CancellationToken.None);

        Assert.Equal(known, option is not null);
    }

    private sealed class ServiceCollectionless : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
