using System.Globalization;
using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Executions;

/// <summary>What data annotations cannot say about <see cref="ExecutionOptions"/>: a real culture, a node name, lease against poll.</summary>
internal sealed class ExecutionOptionsValidator : IValidateOptions<ExecutionOptions>
{
    public ValidateOptionsResult Validate(string? name, ExecutionOptions options)
    {
        var problems = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Culture))
        {
            try
            {
                // predefinedOnly: an unknown name would otherwise become a made-up culture with invariant formats.
                _ = CultureInfo.GetCultureInfo(options.Culture, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                problems.Add($"Executions:Culture must be a culture name the system knows, e.g. en-GB, de-DE or fr-FR (got \"{options.Culture}\").");
            }
        }

        if (string.IsNullOrWhiteSpace(options.NodeId) || options.NodeId.Length > 200)
        {
            problems.Add("Executions:NodeId must have 1 to 200 characters (default: machine name and process id).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
