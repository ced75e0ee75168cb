namespace ReportGraph.Host.Tests.Api;

/// <summary>Small bridges to the host's API types.</summary>
public static class Api
{
    public static string GlobalIdOf(string type, Guid id) => ReportGraph.Host.Api.GlobalId.Encode(type, id);
}
