namespace ReportGraph.Abstractions;

/// <summary>One allowed value of a parameter and the name people know it by.</summary>
/// <param name="Value">The value as a schedule stores it, of the parameter's CLR type (e.g. <see cref="long"/> for Integer).</param>
/// <param name="Label">What a picker shows, e.g. "T04 — Ada Lovelace".</param>
public sealed record ParameterOption(object Value, string Label);

/// <summary>What the host offers a parameter's options while they are listed or checked.</summary>
public sealed class ParameterOptionsContext
{
    /// <summary>Named ADO.NET data sources the host offers.</summary>
    public required IReportDataSources DataSources { get; init; }

    /// <summary>Further services the host offers (e.g. <see cref="TimeProvider"/>).</summary>
    public required IServiceProvider Services { get; init; }
}

/// <summary>
/// The allowed values of a parameter, read from data (tutors, students, payers…), so the host can offer pickers and
/// refuse an unknown value when a schedule is saved or run instead of failing at run time. Like a definition, an
/// implementation is shared by every request: thread-safe, no per-call state.
/// </summary>
public interface IParameterOptions
{
    /// <summary>
    /// At most <paramref name="first"/> options, in the order a picker shows them; with <paramref name="search"/>, only
    /// those whose value or label contains it (case-insensitive). Never all of thousands: the host passes a small limit.
    /// </summary>
    Task<IReadOnlyList<ParameterOption>> ListAsync(ParameterOptionsContext context, string? search, int first, CancellationToken cancellationToken);

    /// <summary>
    /// The option of <paramref name="value"/> (already converted to the parameter's CLR type), or null when the value
    /// is not allowed; the host then refuses it with the parameter's path.
    /// </summary>
    Task<ParameterOption?> FindAsync(ParameterOptionsContext context, object value, CancellationToken cancellationToken);
}
