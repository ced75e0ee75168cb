using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary>An execution's deliveries, added to the Execution type by this feature (runs know nothing of email).</summary>
[ExtendObjectType(typeof(ExecutionNode))]
public sealed class ExecutionDeliveryFields
{
    /// <summary>One per recipient: sent, failed (with the server's reply) or skipped.</summary>
    public Task<DeliveryNode[]> Deliveries([Parent] ExecutionNode execution, IResolverContext context) =>
        context.DataLoader<DeliveriesByExecutionLoader>().LoadAsync(execution.Key);
}
