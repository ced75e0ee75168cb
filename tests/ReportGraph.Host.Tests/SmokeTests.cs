namespace ReportGraph.Host.Tests;

public class SmokeTests
{
    [Fact]
    public void HostAssemblyLoads() => Assert.NotNull(typeof(Program).Assembly);
}
