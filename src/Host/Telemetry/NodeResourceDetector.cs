using Microsoft.Extensions.Options;
using OpenTelemetry.Resources;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Telemetry;

/// <summary>
/// <c>service.instance.id</c> = the node id that execution leases carry (<c>Executions:NodeId</c>), so a trace or
/// metric can be matched with the node that held an execution.
/// </summary>
internal sealed class NodeResourceDetector(IOptions<ExecutionOptions> executions) : IResourceDetector
{
    public Resource Detect() => new([new KeyValuePair<string, object>("service.instance.id", executions.Value.NodeId)]);
}
