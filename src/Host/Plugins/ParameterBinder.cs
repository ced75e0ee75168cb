using System.Globalization;
using System.Text.Json;
using ReportGraph.Abstractions;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Plugins;

/// <summary>
/// Turns the JSON object of a schedule's parameters into <see cref="ReportParameterValues"/> by the
/// report type's declared parameters: defaults applied, types and ranges checked, unknown names refused.
/// Every problem is reported with the path of the parameter.
/// </summary>
public static class ParameterBinder
{
    /// <summary>The outcome: values (complete only when <see cref="Errors"/> is empty) and problems.</summary>
    public sealed record Result(ReportParameterValues Values, IReadOnlyList<InputError> Errors)
    {
        /// <summary>The validated values as a JSON object, the form schedules store.</summary>
        public string ToJson() => JsonSerializer.Serialize(Values.All.ToDictionary(p => p.Key, p => p.Value switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            var v => v,
        }));
    }

    /// <summary>Binds <paramref name="input"/> (a JSON object, or null/undefined for none).</summary>
    public static Result Bind(IReadOnlyList<ReportParameter> declared, JsonElement? input, IReadOnlyList<object> basePath)
    {
        var errors = new List<InputError>();
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var given = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (input is { ValueKind: JsonValueKind.Object } obj)
        {
            foreach (var property in obj.EnumerateObject())
            {
                given[property.Name] = property.Value;
            }
        }
        else if (input is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) })
        {
            errors.Add(new([.. basePath], InputErrorCodes.Invalid, "Parameters must be a JSON object of parameter names to values."));
            return new Result(new ReportParameterValues(values), errors);
        }

        foreach (var name in given.Keys.Where(n => !declared.Any(p => p.Name == n)))
        {
            var known = declared.Count == 0 ? "this report takes no parameters" : "known parameters: " + string.Join(", ", declared.Select(p => p.Name));
            errors.Add(new([.. basePath, name], InputErrorCodes.Unknown, $"Unknown parameter '{name}'; {known}."));
        }

        foreach (var parameter in declared)
        {
            var path = (IReadOnlyList<object>)[.. basePath, parameter.Name];
            if (!given.TryGetValue(parameter.Name, out var element) || element.ValueKind == JsonValueKind.Null)
            {
                if (parameter.DefaultValue is not null)
                {
                    values[parameter.Name] = parameter.DefaultValue;
                }
                else if (parameter.Required)
                {
                    errors.Add(new(path, InputErrorCodes.Required, $"Parameter '{parameter.Name}' is required: {Describe(parameter)}."));
                }
                else
                {
                    values[parameter.Name] = null;
                }

                continue;
            }

            var error = TryConvert(parameter, element, out var value);
            if (error is not null)
            {
                errors.Add(new(path, error.Value.Code, $"Parameter '{parameter.Name}' {error.Value.Message}"));
            }
            else
            {
                values[parameter.Name] = value;
            }
        }

        return new Result(new ReportParameterValues(values), errors);
    }

    /// <summary>Binds stored JSON text; used when a run starts, so a changed plugin shows up as an error, not a crash.</summary>
    public static Result Bind(IReadOnlyList<ReportParameter> declared, string json, IReadOnlyList<object> basePath)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        return Bind(declared, document.RootElement.Clone(), basePath);
    }

    /// <summary>"a whole number from 1 to 100", for messages and the API.</summary>
    public static string Describe(ReportParameter p)
    {
        var range = (p.Minimum, p.Maximum) switch
        {
            ({ } min, { } max) => $" from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}",
            ({ } min, null) => $" of at least {min.ToString(CultureInfo.InvariantCulture)}",
            (null, { } max) => $" of at most {max.ToString(CultureInfo.InvariantCulture)}",
            _ => "",
        };
        return p.Type switch
        {
            ReportParameterType.String => p.MaxLength is { } len ? $"a text of at most {len} characters" : "a text",
            ReportParameterType.Integer => "a whole number" + range,
            ReportParameterType.Decimal => "a number" + range,
            ReportParameterType.Boolean => "true or false",
            ReportParameterType.Date => "a date as yyyy-MM-dd",
            ReportParameterType.Choice => "one of " + string.Join(", ", (p.Choices ?? []).Select(c => $"\"{c}\"")),
            _ => p.Type.ToString(),
        };
    }

    private static (string Code, string Message)? TryConvert(ReportParameter p, JsonElement e, out object? value)
    {
        value = null;
        var expected = $"must be {Describe(p)}";
        switch (p.Type)
        {
            case ReportParameterType.String:
                if (e.ValueKind != JsonValueKind.String) return (InputErrorCodes.Invalid, $"{expected}; got {Kind(e)}.");
                var text = e.GetString()!;
                if (p.MaxLength is { } max && text.Length > max) return (InputErrorCodes.TooLong, $"{expected}; got {text.Length} characters.");
                value = text;
                return null;
            case ReportParameterType.Choice:
                if (e.ValueKind != JsonValueKind.String || !(p.Choices ?? []).Contains(e.GetString()!))
                    return (InputErrorCodes.NotAllowed, $"{expected}; got {Show(e)}.");
                value = e.GetString();
                return null;
            case ReportParameterType.Boolean:
                if (e.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) return (InputErrorCodes.Invalid, $"{expected}; got {Show(e)}.");
                value = e.GetBoolean();
                return null;
            case ReportParameterType.Date:
                if (e.ValueKind != JsonValueKind.String
                    || !DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return (InputErrorCodes.Invalid, $"{expected}; got {Show(e)}.");
                }

                value = date;
                return null;
            case ReportParameterType.Integer:
                if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt64(out var whole)) return (InputErrorCodes.Invalid, $"{expected}; got {Show(e)}.");
                if (OutOfRange(p, whole)) return (InputErrorCodes.OutOfRange, $"{expected}; got {whole}.");
                value = whole;
                return null;
            case ReportParameterType.Decimal:
                if (e.ValueKind != JsonValueKind.Number || !e.TryGetDecimal(out var number)) return (InputErrorCodes.Invalid, $"{expected}; got {Show(e)}.");
                if (OutOfRange(p, number)) return (InputErrorCodes.OutOfRange, $"{expected}; got {number.ToString(CultureInfo.InvariantCulture)}.");
                value = number;
                return null;
            default:
                return (InputErrorCodes.Invalid, $"has an unsupported type {p.Type}.");
        }
    }

    private static bool OutOfRange(ReportParameter p, decimal v) => v < p.Minimum || v > p.Maximum;

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => "a text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };

    private static string Show(JsonElement e) => e.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
        ? e.GetRawText()
        : Kind(e);
}
