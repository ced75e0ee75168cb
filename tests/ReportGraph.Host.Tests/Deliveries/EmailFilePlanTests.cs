using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Tests.Deliveries;

public sealed class EmailFilePlanTests
{
    private static SignedArtifactLink Link(Guid id) => new(new Uri($"https://x.test/files/{id:N}"), DateTimeOffset.UnixEpoch);

    private static StoredArtifact File(string name, long size) => new(Guid.NewGuid(), name, "text/csv", size, "/nowhere/" + name);

    [Fact]
    public void The_limit_is_measured_after_base64()
    {
        Assert.Equal(4, EmailFilePlan.Base64Size(1));
        Assert.Equal(4, EmailFilePlan.Base64Size(3));
        Assert.Equal(8, EmailFilePlan.Base64Size(4));
        // 7.5 MB of file is 10 MB of base64: fits exactly; one more byte does not.
        var plan = EmailFilePlan.Make([File("fits.csv", 7_864_320)], 10 * 1024 * 1024, Link);
        Assert.Null(plan.Single().Link);
        plan = EmailFilePlan.Make([File("over.csv", 7_864_321)], 10 * 1024 * 1024, Link);
        Assert.NotNull(plan.Single().Link);
    }

    [Fact]
    public void Files_are_attached_in_order_while_the_total_fits_and_the_rest_get_links()
    {
        var plan = EmailFilePlan.Make([File("a.csv", 600), File("b.pdf", 600), File("c.json", 30)], 1000, Link);
        Assert.Equal([false, true, false], plan.Select(p => p.Link is not null).ToArray());
    }

    [Fact]
    public void A_limit_of_zero_sends_every_file_as_a_link()
    {
        var plan = EmailFilePlan.Make([File("a.csv", 1)], 0, Link);
        Assert.NotNull(plan.Single().Link);
    }
}
