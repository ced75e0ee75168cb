using System.Globalization;
using ReportGraph.Abstractions;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Plugins;

/// <summary>
/// Asks the parameters that offer options (<see cref="ReportParameter.Options"/>) whether the bound values are allowed,
/// so an unknown tutor, student or payer is refused when a schedule is saved, tested or run, with the parameter's path.
/// </summary>
public sealed class ParameterOptionsCheck(IReportDataSources dataSources, IServiceProvider services)
{
    /// <summary>How many options a refusal names as examples.</summary>
    private const int Examples = 5;

    /// <summary>What the options of a parameter are given.</summary>
    public ParameterOptionsContext Context => new() { DataSources = dataSources, Services = services };

    /// <summary>Adds an error for every bound value its parameter's options do not know.</summary>
    public async Task CheckAsync(IReadOnlyList<ReportParameter> declared, ReportParameterValues values, IReadOnlyList<object> basePath,
        List<InputError> errors, CancellationToken cancellationToken)
    {
        foreach (var parameter in declared)
        {
            if (parameter.Options is not { } options || values[parameter.Name] is not { } value)
            {
                continue;
            }

            IReadOnlyList<object> path = [.. basePath, parameter.Name];
            var shown = value is string s ? $"'{s}'" : Convert.ToString(value, CultureInfo.InvariantCulture);
            var label = (parameter.DisplayName ?? parameter.Name).ToLowerInvariant();
            try
            {
                if (await options.FindAsync(Context, value, cancellationToken) is not null)
                {
                    continue;
                }

                var examples = await options.ListAsync(Context, null, Examples, cancellationToken);
                errors.Add(new(path, InputErrorCodes.NotFound,
                    $"Parameter '{parameter.Name}' {shown} is not a known {label}; choose one of the options reportTypes lists for it"
                    + (examples.Count == 0 ? "." : $", e.g. {string.Join(", ", examples.Select(Show))}.")));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The data behind the options is out of reach (data source down, plugin bug): say so instead of a 500.
                errors.Add(new(path, InputErrorCodes.Unavailable,
                    $"Parameter '{parameter.Name}' {shown} could not be checked against the {label} options: {ex.Message}"));
            }
        }
    }

    private static string Show(ParameterOption option)
    {
        var value = option.Value is string s ? $"\"{s}\"" : Convert.ToString(option.Value, CultureInfo.InvariantCulture);
        return $"{value} ({option.Label})";
    }
}
