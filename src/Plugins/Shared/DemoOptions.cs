using System.Data.Common;
using System.Globalization;
using ReportGraph.Abstractions;

namespace ReportGraph.Plugins.Shared;

/// <summary>
/// A parameter's allowed values from a table of the demo data source: <paramref name="listSql"/> lists options
/// (bound: <c>@search</c>, NULL or a lower-case <c>%text%</c> pattern, and <c>@first</c>), <paramref name="findSql"/>
/// finds one (bound: <c>@value</c>); both return the value and the label as their first two columns. Values that are
/// not rows (e.g. "all") are <paramref name="fixedOptions"/>, listed first and matched case-insensitively.
/// </summary>
internal sealed class DemoOptions(string listSql, string findSql, IReadOnlyList<ParameterOption>? fixedOptions = null) : IParameterOptions
{
    private readonly IReadOnlyList<ParameterOption> _fixed = fixedOptions ?? [];

    public async Task<IReadOnlyList<ParameterOption>> ListAsync(ParameterOptionsContext context, string? search, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        var options = _fixed.Where(o => text is null || Matches(o, text)).Take(first).ToList();
        if (options.Count >= first)
        {
            return options;
        }

        var pattern = text is null ? null : "%" + text.ToLowerInvariant() + "%";
        await using var connection = await DemoSql.OpenAsync(context.DataSources, cancellationToken);
        options.AddRange(await DemoSql.ListAsync(connection, listSql, [("@search", pattern), ("@first", (long)(first - options.Count))], Read, cancellationToken));
        return options;
    }

    public async Task<ParameterOption?> FindAsync(ParameterOptionsContext context, object value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(value);
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        if (_fixed.FirstOrDefault(o => string.Equals(Convert.ToString(o.Value, CultureInfo.InvariantCulture), text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } known)
        {
            return known;
        }

        await using var connection = await DemoSql.OpenAsync(context.DataSources, cancellationToken);
        return (await DemoSql.ListAsync(connection, findSql, [("@value", value is string s ? s.Trim() : value)], Read, cancellationToken)).FirstOrDefault();
    }

    private static ParameterOption Read(DbDataReader reader) => new(
        reader.GetValue(0) is var v && v is int or long ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : v, reader.GetString(1));

    private static bool Matches(ParameterOption option, string search) =>
        option.Label.Contains(search, StringComparison.OrdinalIgnoreCase)
        || (Convert.ToString(option.Value, CultureInfo.InvariantCulture) ?? "").Contains(search, StringComparison.OrdinalIgnoreCase);
}
