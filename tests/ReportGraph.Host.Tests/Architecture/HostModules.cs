namespace ReportGraph.Host.Tests.Architecture;

/// <summary>
/// The host's modules (one namespace each, sub-namespaces included) and the modules each may use. This table is
/// the architecture: a new edge is a design decision, made here on purpose and shown in README's layout section.
/// </summary>
internal static class HostModules
{
    public const string Prefix = "ReportGraph.Host.";

    /// <summary>Module → the modules it may depend on. Kernel first, then features, then the composition.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        // Kernel: the store, start-up/health/instruments, and the API conventions every feature shares.
        ["Data"] = [],
        ["Operations"] = ["Data"],
        ["Api"] = ["Data"],
        // Features, each using only the ones above it.
        ["Security"] = ["Api", "Data", "Operations"],
        ["Plugins"] = ["Api", "Data"],
        ["Schedules"] = ["Api", "Data", "Security", "Plugins"],
        ["Executions"] = ["Api", "Data", "Operations", "Security", "Plugins", "Schedules"],
        ["Scheduling"] = ["Data", "Schedules", "Executions"],
        ["Deliveries"] = ["Api", "Data", "Operations", "Security", "Schedules", "Executions"],
        ["Unsubscribe"] = ["Api", "Data", "Schedules"],
        ["Telemetry"] = ["Executions"],
        ["DemoData"] = ["Api", "Data", "Operations", "Security", "Schedules"],
        // The store's compiled models (generated): the entities of every feature that has tables.
        ["CompiledModels"] = ["Api", "Data", "Security", "Schedules", "Executions", "Deliveries"],
        // The web app's files: static, talks to the others only through /graphql.
        ["Web"] = [],
    };
}
