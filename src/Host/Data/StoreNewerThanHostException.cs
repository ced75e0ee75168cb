namespace ReportGraph.Host.Data;

/// <summary>
/// The store was upgraded by a newer version of ReportGraph than this one (its migration history holds migrations
/// this build does not know). This node refuses to start rather than run code that does not know the schema; nodes
/// that were already running keep working, as migrations only add (see the README's rolling upgrade).
/// </summary>
public sealed class StoreNewerThanHostException : Exception
{
    public StoreNewerThanHostException(string storeVersion, string hostVersion)
        : base($"The store is at migration {storeVersion}, newer than this version of ReportGraph knows (its newest is {hostVersion}): "
            + "start the newer version on this node as well (nodes already running keep working).")
    {
        StoreVersion = storeVersion;
        HostVersion = hostVersion;
    }

    public StoreNewerThanHostException()
        : this("unknown", "unknown")
    {
    }

    public StoreNewerThanHostException(string message)
        : base(message)
    {
        StoreVersion = HostVersion = "unknown";
    }

    public StoreNewerThanHostException(string message, Exception innerException)
        : base(message, innerException)
    {
        StoreVersion = HostVersion = "unknown";
    }

    /// <summary>The newest migration applied to the store.</summary>
    public string StoreVersion { get; }

    /// <summary>The newest migration this build knows.</summary>
    public string HostVersion { get; }
}
