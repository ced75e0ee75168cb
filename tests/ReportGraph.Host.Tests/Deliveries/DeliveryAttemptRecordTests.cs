using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Deliveries;

/// <summary>An email's claim and record on the host's SQLite store (its compiled model and connection set-up).</summary>
public sealed class DeliveryAttemptRecordTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    [Fact]
    public async Task A_claimed_then_sent_delivery_reads_back_with_the_instants_status_and_reply_written()
    {
        var scenario = new DeliveryScenario(host);
        await scenario.WithRecipient(scenario.Address("ana")).CreateAsync();

        await DeliveryAttemptRecord.ClaimSendAndRecordAsync(host.Get<IDbContextFactory<ReportGraphDbContext>>(), scenario.ScheduleId);
    }
}
