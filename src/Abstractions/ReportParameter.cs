namespace ReportGraph.Abstractions;

/// <summary>The value type of a report parameter.</summary>
public enum ReportParameterType
{
    /// <summary>Free text; values are <see cref="string"/>.</summary>
    String,
    /// <summary>Whole number; values are <see cref="long"/>.</summary>
    Integer,
    /// <summary>Decimal number; values are <see cref="decimal"/>.</summary>
    Decimal,
    /// <summary>True or false; values are <see cref="bool"/>.</summary>
    Boolean,
    /// <summary>Calendar date (ISO 8601 <c>yyyy-MM-dd</c>); values are <see cref="DateOnly"/>.</summary>
    Date,
    /// <summary>One of <see cref="ReportParameter.Choices"/>; values are <see cref="string"/>.</summary>
    Choice,
}

/// <summary>
/// Describes one parameter of a report: the host turns it into input validation and into
/// what the API shows for the report type.
/// </summary>
/// <param name="Name">Key used in schedule parameters, camelCase, e.g. <c>studentId</c>.</param>
/// <param name="Type">The value type.</param>
public sealed record ReportParameter(string Name, ReportParameterType Type)
{
    /// <summary>Label for forms, e.g. "Student".</summary>
    public string? DisplayName { get; init; }

    /// <summary>Help text for forms and the API.</summary>
    public string? Description { get; init; }

    /// <summary>Whether a value must be given when there is no <see cref="DefaultValue"/>.</summary>
    public bool Required { get; init; }

    /// <summary>Value used when none is given, of the CLR type named by <see cref="Type"/>.</summary>
    public object? DefaultValue { get; init; }

    /// <summary>Smallest allowed value for Integer and Decimal parameters.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>Largest allowed value for Integer and Decimal parameters.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>Largest allowed length for String parameters.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The allowed values of a Choice parameter (compared case-sensitively).</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>
    /// Allowed values read from data, with display names (e.g. tutors by id and name). The API lists them for pickers,
    /// and the host refuses a value they do not know when a schedule is saved, tested or run. Null: any value of the type.
    /// </summary>
    public IParameterOptions? Options { get; init; }
}
