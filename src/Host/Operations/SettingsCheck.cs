using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Operations;

/// <summary>
/// Start-up with a clear answer to bad settings: every options class is validated before the host starts, and a value
/// that is wrong (or cannot even be read as its type) stops the process with exit code 1 and one line per problem on
/// stderr, each naming the key and what is allowed — instead of an unhandled exception, a stack trace and exit code 134.
/// </summary>
public static partial class SettingsCheck
{
    /// <summary>Validates the settings, then runs the host until it stops. Returns the process exit code.</summary>
    public static int RunOrExitOnBadSettings(this WebApplication app)
    {
        try
        {
            // Validated here, before Run: Run would build the hosted services first (some read options while being
            // built) and log a failed start with its stack trace.
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception e) when (IsOwnProcess && Problems(e, app.Configuration) is { Count: > 0 } problems)
        {
            foreach (var problem in problems)
            {
                Console.Error.WriteLine(problem);
            }

            return 1;
        }

        try
        {
            app.Run();
        }
        catch (Exception e) when (IsOwnProcess && NewerStore(e) is { } newer)
        {
            // Not a bug to show a stack trace for: one line saying which versions meet (the log has the details).
            Console.Error.WriteLine(newer.Message);
            return 1;
        }

        return 0;
    }

    /// <summary>
    /// True when this process is the host itself. A test host that runs Program inside the test process
    /// (WebApplicationFactory) gets the exception instead, to see which setting was refused.
    /// </summary>
    private static bool IsOwnProcess => Assembly.GetEntryAssembly() == typeof(SettingsCheck).Assembly;

    private static StoreNewerThanHostException? NewerStore(Exception error) => error switch
    {
        StoreNewerThanHostException newer => newer,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.OfType<StoreNewerThanHostException>().FirstOrDefault(),
        _ => null,
    };

    /// <summary>One line per bad setting in <paramref name="error"/>; empty when it is about something else.</summary>
    public static IReadOnlyList<string> Problems(Exception error, IConfiguration configuration)
    {
        var problems = new List<string>();
        var errors = error is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [error];
        foreach (var e in errors)
        {
            if (e is OptionsValidationException validation)
            {
                problems.AddRange(validation.Failures.Select(Unwrap));
            }
            else if (BindingFailure().Match(e.Message) is { Success: true } match)
            {
                problems.Add(Unreadable(match.Groups["key"].Value, match.Groups["type"].Value, configuration));
            }
            else
            {
                return []; // not (only) a settings problem: let it surface as it is
            }
        }

        return problems;
    }

    /// <summary>Data annotations wrap our message in "DataAnnotation validation failed for … with the error: '…'."</summary>
    private static string Unwrap(string failure) =>
        DataAnnotationFailure().Match(failure) is { Success: true } match ? match.Groups["message"].Value : failure;

    /// <summary>A value the configuration binder could not convert: the key, the value and what the type accepts.</summary>
    private static string Unreadable(string key, string typeName, IConfiguration configuration)
    {
        var type = Type.GetType(typeName) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        var allowed = type switch
        {
            null => $"a value of type {typeName}",
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ when type == typeof(TimeSpan) => "a time span such as 00:30:00 (hours:minutes:seconds) or 7.00:00:00 (days.hours:minutes:seconds)",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ => $"a value of type {type.Name}",
        };
        return $"{key} must be {allowed} (got \"{configuration[key]}\").";
    }

    [GeneratedRegex("Failed to convert configuration value .*?at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex BindingFailure();

    [GeneratedRegex("with the error: '(?<message>.*)'\\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
