using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ReportGraph.Host.Tests.Infrastructure;

/// <summary>
/// The real host, in process, on a private data folder (real SQLite files) and a chosen plugin catalog.
/// </summary>
public sealed class ReportGraphFactory(string dataDirectory, string? catalogPath = null, IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = dataDirectory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseContentRoot(RepositoryPaths.Root);
        var values = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["Plugins:CatalogPath"] = catalogPath ?? RepositoryPaths.PluginsJson,
            // Tests create the schedules they need; the demo members and schedules would only add noise.
            ["Demo:SeedSchedules"] = "false",
            // The tests' SMTP servers listen on 127.0.0.1; the tests of the refusal set this to false.
            ["Delivery:AllowPrivateSmtpHosts"] = "true",
            // Tests sign in many times from one address within a minute; the tests of the limits set the real defaults.
            ["Security:RateLimits:SensitivePerAddress"] = "100000",
            ["Security:RateLimits:SensitivePerAccount"] = "100000",
            ["Security:RateLimits:GraphQLPerCaller"] = "1000000",
            ["Security:RateLimits:FreeFailedSignIns"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        // Program reads some settings while it registers services (the scheduler's database, for one), before
        // ConfigureAppConfiguration sources apply (dotnet/aspnetcore#37680); host settings are there from the start.
        foreach (var (key, value) in values)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(values));
    }
}
