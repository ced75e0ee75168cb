using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Plugins;

/// <summary>Checks every entry of <c>DataSources</c> at start, naming the entry's key.</summary>
internal sealed class DataSourceOptionsValidator : IValidateOptions<Dictionary<string, DataSourceOptions>>
{
    private static readonly string[] Providers = ["Sqlite", "PostgreSQL"];

    public ValidateOptionsResult Validate(string? name, Dictionary<string, DataSourceOptions> options)
    {
        var problems = new List<string>();
        foreach (var (source, settings) in options)
        {
            if (!Providers.Contains(settings.Provider, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"DataSources:{source}:Provider must be Sqlite or PostgreSQL (got \"{settings.Provider}\").");
            }

            if (string.IsNullOrWhiteSpace(settings.ConnectionString))
            {
                problems.Add($"DataSources:{source}:ConnectionString is required, e.g. \"Data Source=|DataDirectory|/{source}.db\".");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
