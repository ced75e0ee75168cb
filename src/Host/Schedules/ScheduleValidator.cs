using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ReportGraph.Abstractions;
using ReportGraph.Host.Api;
using ReportGraph.Host.Plugins;
using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Schedules;

/// <summary>
/// Checks schedule input field by field and reports every problem at once, each with the path of the
/// field (e.g. <c>["recipients", 2, "email"]</c>) and a message naming the field and what is allowed.
/// </summary>
public sealed class ScheduleValidator(ReportTypeRegistry reportTypes, TimeProvider clock, IOptions<ScheduleOptions> options)
{
    /// <summary>Error code of a recurrence that runs more often than <c>Schedules:MinimumInterval</c> allows.</summary>
    public const string TooFrequent = "TOO_FREQUENT";

    /// <summary>Longest schedule name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Most recipients per schedule.</summary>
    public const int MaxRecipients = 500;

    /// <summary>Validates a name.</summary>
    public static void CheckName(string? name, List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(name))
            errors.Add(new(["name"], InputErrorCodes.Required, "name is required: a few words people recognise, e.g. \"Tutor weekly — all tutors\"."));
        else if (name.Trim().Length > MaxNameLength)
            errors.Add(new(["name"], InputErrorCodes.TooLong, $"name must be at most {MaxNameLength} characters; got {name.Trim().Length}."));
    }

    /// <summary>Validates free text fields.</summary>
    public static void CheckText(string? text, string field, int max, List<InputError> errors)
    {
        if (text is not null && text.Length > max)
            errors.Add(new([field], InputErrorCodes.TooLong, $"{field} must be at most {max} characters; got {text.Length}."));
    }

    /// <summary>Normalises and validates an email address; null when invalid (the error is added).</summary>
    public static string? CheckEmail(string? email, IReadOnlyList<object> path, List<InputError> errors)
    {
        var text = email?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new(path, InputErrorCodes.Required, $"{PathName(path)} is required: an email address like ada@example.org."));
            return null;
        }

        if (text.Length > 320 || !MailAddress.TryCreate(text, out var address) || address.Address != text
            || !address.Host.Contains('.') || address.Host.StartsWith('.') || address.Host.EndsWith('.'))
        {
            errors.Add(new(path, InputErrorCodes.Invalid, $"{PathName(path)} '{text}' is not a valid email address; expected something like ada@example.org."));
            return null;
        }

        if (!IsSendable(address))
        {
            errors.Add(new(path, InputErrorCodes.Invalid,
                $"{PathName(path)} '{text}' cannot be sent: use letters, digits and . ! # $ % & ' * + - / = ? ^ _ ` {{ | }} ~ before the @ (no quotes, spaces or brackets) and a domain name, e.g. ada@example.org."));
            return null;
        }

        return text;
    }

    /// <summary>
    /// Quotes, commas and angle brackets are fine (MimeKit quotes them), but an RFC 2047 encoded word ("=?utf-8?q?…?=")
    /// written as plain text would be decoded by mail programs into any text, another address included; control
    /// characters would break the header.
    /// </summary>
    private static void CheckDisplayName(string? name, IReadOnlyList<object> path, List<InputError> errors)
    {
        if (name is null) return;
        if (name.Contains("=?", StringComparison.Ordinal) || name.Any(char.IsControl))
        {
            errors.Add(new(path, InputErrorCodes.Invalid, $"{PathName(path)} may not contain \"=?\" (it would be read as an encoded word) or control characters such as line breaks."));
        }
    }

    /// <summary>
    /// What the sender can send (MailKit): a dot-atom local part (RFC 5322 atext, plus non-ASCII, which needs a server
    /// with SMTPUTF8 and otherwise fails that delivery saying so) and a domain that converts to ASCII (IDNA: international
    /// domains go out as punycode on any server). Quoted local parts and comments, which System.Net.Mail accepts,
    /// are refused: they are where a display name could smuggle a second address.
    /// </summary>
    private static bool IsSendable(MailAddress address)
    {
        foreach (var atom in address.User.Split('.'))
        {
            if (atom.Length == 0 || !atom.All(c => (c > 127 && !char.IsControl(c) && !char.IsWhiteSpace(c)) || char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~".Contains(c)))
            {
                return false;
            }
        }

        try
        {
            var ascii = new IdnMapping { UseStd3AsciiRules = true }.GetAscii(address.Host);
            return ascii.Split('.').All(label => label.Length is > 0 and <= 63 && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Validates recipients: at least one when <paramref name="required"/>, valid and unique addresses.</summary>
    public static List<RecipientInput> CheckRecipients(IReadOnlyList<RecipientInput>? recipients, bool required, List<InputError> errors, string field = "recipients")
    {
        var valid = new List<RecipientInput>();
        if (recipients is null || recipients.Count == 0)
        {
            if (required) errors.Add(new([field], InputErrorCodes.Required, $"{field} needs at least one recipient."));
            return valid;
        }

        if (recipients.Count > MaxRecipients)
        {
            errors.Add(new([field], InputErrorCodes.OutOfRange, $"{field} may hold at most {MaxRecipients} recipients; got {recipients.Count}."));
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < recipients.Count; i++)
        {
            var email = CheckEmail(recipients[i].Email, [field, i, "email"], errors);
            CheckText(recipients[i].DisplayName, "displayName", 200, errors);
            CheckDisplayName(recipients[i].DisplayName, [field, i, "displayName"], errors);
            if (email is null) continue;
            if (seen.TryGetValue(email, out var first))
            {
                errors.Add(new([field, i, "email"], InputErrorCodes.Duplicate, $"{field}[{i}].email '{email}' is already listed at {field}[{first}]."));
                continue;
            }

            seen[email] = i;
            valid.Add(recipients[i] with { Email = email, DisplayName = string.IsNullOrWhiteSpace(recipients[i].DisplayName) ? null : recipients[i].DisplayName!.Trim() });
        }

        return valid;
    }

    /// <summary>The available report type with this key, or an error.</summary>
    public IReportDefinition? CheckReportType(string? key, List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            errors.Add(new(["reportType"], InputErrorCodes.Required, "reportType is required: the key of a report type, e.g. \"tutor-weekly\"."));
            return null;
        }

        var type = reportTypes.Find(key);
        if (type is null)
        {
            var known = string.Join(", ", reportTypes.All.Where(t => t.IsAvailable).Select(t => t.Key));
            errors.Add(new(["reportType"], InputErrorCodes.NotFound, $"reportType '{key}' does not exist; available: {known}."));
            return null;
        }

        if (!type.IsAvailable)
        {
            errors.Add(new(["reportType"], InputErrorCodes.Unavailable, $"reportType '{key}' is unavailable: {type.UnavailableReason}"));
            return null;
        }

        return type.Definition;
    }

    /// <summary>Formats: at least one, no duplicates, each supported by the report type.</summary>
    public static void CheckFormats(IReadOnlyList<ReportFormat>? formats, IReportDefinition? definition, List<InputError> errors)
    {
        if (formats is null || formats.Count == 0)
        {
            errors.Add(new(["formats"], InputErrorCodes.Required, "formats needs at least one of CSV, XLSX, PDF, HTML, JSON."));
            return;
        }

        for (var i = 0; i < formats.Count; i++)
        {
            if (formats.Take(i).Contains(formats[i]))
            {
                errors.Add(new(["formats", i], InputErrorCodes.Duplicate, $"formats[{i}] {formats[i].ToString().ToUpperInvariant()} is listed twice."));
            }
            else if (definition is not null && !definition.SupportedFormats.Contains(formats[i]))
            {
                errors.Add(new(["formats", i], InputErrorCodes.NotAllowed,
                    $"formats[{i}] {formats[i].ToString().ToUpperInvariant()} is not supported by report type '{definition.Key}'; supported: {string.Join(", ", definition.SupportedFormats.Select(f => f.ToString().ToUpperInvariant()))}."));
            }
        }
    }

    /// <summary>The subject template: known placeholders only.</summary>
    public static void CheckSubject(string? subject, List<InputError> errors)
    {
        if (subject is null) return;
        foreach (var problem in SubjectTemplate.Validate(subject))
        {
            errors.Add(new(["subject"], problem.Code, problem.Message));
        }
    }

    /// <summary>
    /// Parameters against the report type's declaration, then the values of parameters with options against their data
    /// (an unknown tutor, student or payer is refused at <c>["parameters", name]</c>); returns the JSON to store.
    /// </summary>
    public static async Task<string?> CheckParametersAsync(IReportDefinition? definition, JsonElement? parameters, ParameterOptionsCheck options,
        List<InputError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(errors);
        if (definition is null) return null;
        var bound = ParameterBinder.Bind(definition.Parameters, parameters, ["parameters"]);
        errors.AddRange(bound.Errors);
        var before = errors.Count;
        await options.CheckAsync(definition.Parameters, bound.Values, ["parameters"], errors, cancellationToken);
        return bound.Errors.Count == 0 && errors.Count == before ? bound.ToJson() : null;
    }

    /// <summary>
    /// Each recipient's own parameters (personalised schedules), laid over the schedule's valid parameters and checked like
    /// them at <c>["recipients", i, "parameters", name]</c>, options included (an unknown tutor id is refused). Returns the
    /// overrides to store by upper-cased address; recipients without parameters (or with {}) are absent.
    /// Nothing is checked while the schedule's own parameters are invalid (<paramref name="scheduleJson"/> null): those errors come first.
    /// </summary>
    public static async Task<Dictionary<string, string>> CheckRecipientParametersAsync(IReportDefinition? definition, string? scheduleJson,
        IReadOnlyList<RecipientInput>? recipients, ParameterOptionsCheck options, List<InputError> errors, CancellationToken cancellationToken, string field = "recipients")
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(errors);
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < (recipients?.Count ?? 0); i++)
        {
            if (recipients![i].Parameters is not { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } given)
            {
                continue;
            }

            IReadOnlyList<object> path = [field, i, "parameters"];
            if (given.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(path, InputErrorCodes.Invalid, $"{field}[{i}].parameters must be a JSON object of parameter names to this reader's values, e.g. {{ \"tutorId\": \"T03\" }}."));
                continue;
            }

            var names = ParameterOverrides.Names(given);
            if (definition is null || scheduleJson is null || names.Count == 0)
            {
                continue;
            }

            var bound = ParameterBinder.Bind(definition.Parameters, ParameterOverrides.Merge(scheduleJson, given.GetRawText()), path);
            errors.AddRange(bound.Errors);
            var before = errors.Count;
            var overridden = definition.Parameters.Where(p => names.Contains(p.Name)).ToList();
            if (bound.Errors.Count == 0)
            {
                await options.CheckAsync(overridden, bound.Values, path, errors, cancellationToken);
            }

            if (bound.Errors.Count == 0 && errors.Count == before && recipients[i].Email?.Trim() is { Length: > 0 } email)
            {
                var own = overridden.ToDictionary(p => p.Name, p => bound.Values[p.Name] is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : bound.Values[p.Name]);
                foreach (var parameter in overridden.Where(p => p.Options is not null && own[p.Name] is not null))
                {
                    // The option's own spelling ("t02" is stored as "T02"), so readers of the same tutor share one set.
                    if (await parameter.Options!.FindAsync(options.Context, own[parameter.Name]!, cancellationToken) is { Value: { } canonical })
                    {
                        own[parameter.Name] = canonical;
                    }
                }

                overrides[email.ToUpperInvariant()] = JsonSerializer.Serialize(own);
            }
        }

        return overrides;
    }

    /// <summary>Recurrence and time zone; returns the rule and the zone's canonical id when valid.</summary>
    public (Recurrence? Rule, string? ZoneId) CheckRecurrence(RecurrenceInput? input, string? timeZone, List<InputError> errors)
    {
        if (input is null)
        {
            errors.Add(new(["recurrence"], InputErrorCodes.Required, "recurrence is required, e.g. { kind: WEEKLY, timeOfDay: \"08:00\", weekdays: [MONDAY] }."));
            // Every problem at once: the time zone is checked even without a recurrence.
            if (!TimeZoneResolver.TryResolve(timeZone, out _, out var zoneError))
            {
                errors.Add(new(["timeZone"], RecurrenceProblemCodes.InvalidTimeZone, "timeZone " + zoneError));
            }

            return (null, null);
        }

        var rule = new Recurrence
        {
            Kind = input.Kind,
            // The LocalTime scalar has refused anything that is not a time of day before the resolver ran.
            TimeOfDay = input.TimeOfDay,
            Weekdays = input.Weekdays?.ToHashSet() ?? [],
            DayOfMonth = input.DayOfMonth,
            LastDayOfMonth = input.LastDayOfMonth ?? false,
            CronExpression = string.IsNullOrWhiteSpace(input.CronExpression) ? null : input.CronExpression.Trim(),
            BusinessDaysOnly = input.BusinessDaysOnly ?? false,
            StartDate = input.StartDate,
            EndDate = input.EndDate,
        };
        var problems = RecurrenceValidator.Validate(rule, timeZone, clock.GetUtcNow());
        foreach (var p in problems)
        {
            errors.Add(new(p.Path, p.Code, p.Message));
        }

        if (problems.Count > 0 || !TimeZoneResolver.TryResolve(timeZone, out var zone, out _))
        {
            return (null, null);
        }

        return (rule, zone.Id);
    }

    /// <summary>
    /// Members' schedules may not run more often than <c>Schedules:MinimumInterval</c>: the shortest real gap between
    /// consecutive runs counts (a cron like <c>0 0,1 8 * * ?</c> runs twice a day, but a minute apart). Admins may.
    /// </summary>
    public void CheckInterval(Recurrence? rule, Caller caller, List<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var minimum = options.Value.MinimumInterval;
        if (rule is null || caller.IsAdmin)
        {
            return;
        }

        if (RecurrenceGaps.FindGapShorterThan(rule, clock.GetUtcNow().UtcDateTime, minimum) is { } gap)
        {
            errors.Add(new(["recurrence", "cronExpression"], TooFrequent,
                $"recurrence.cronExpression '{rule.CronExpression}' runs {Describe(gap)} after a previous run; schedules may run at most every {Describe(minimum)} (Schedules:MinimumInterval), e.g. \"0 0/15 * * * ?\" for every 15 minutes."));
        }
    }

    private static string Describe(TimeSpan span) =>
        span.TotalHours >= 1 && span.Minutes == 0 && span.Seconds == 0 ? $"{(int)span.TotalHours} hour(s)"
        : span.TotalMinutes >= 1 && span.Seconds == 0 ? $"{(int)span.TotalMinutes} minute(s)"
        : $"{(int)span.TotalSeconds} second(s)";

    private static string PathName(IReadOnlyList<object> path) => new InputError(path, "", "").PathText;
}
