namespace ReportGraph.GraphQL.Tests;

public class SmokeTests
{
    [Fact]
    public void HostAssemblyLoads() => Assert.NotNull(typeof(ReportGraph.GraphQL.Tests.SmokeTests).Assembly);
}
