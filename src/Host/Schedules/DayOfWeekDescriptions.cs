using ReportGraph.GraphQL.Types;

namespace ReportGraph.Host.Schedules;

/// <summary>
/// Descriptions for the DayOfWeek enum of the schema: it is .NET's own <see cref="DayOfWeek"/>, whose documentation the
/// schema builder does not read, and every schema element has a description.
/// </summary>
public static class DayOfWeekDescriptions
{
    /// <summary>Describes the DayOfWeek type and its values, if the schema has it.</summary>
    public static void Apply(SchemaBuildContext build)
    {
        if (build.GetType("DayOfWeek") is not EnumType type) return;
        type.Description ??= "A day of the week, for weekly recurrences; days are those of the schedule's time zone.";
        foreach (var value in type.Values)
            value.Description ??= $"{value.Name[..1]}{value.Name[1..].ToLowerInvariant()}.";
    }
}
