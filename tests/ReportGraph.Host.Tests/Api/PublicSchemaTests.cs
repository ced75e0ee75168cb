using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Introspection;
using ReportGraph.GraphQL.Types;
using Snapshooter.Xunit;

namespace ReportGraph.Host.Tests.Api;

/// <summary>
/// The whole public API as SDL, printed by the engine's SchemaPrinter and kept in
/// <c>__snapshots__/PublicSchemaTests.The_public_api_is_the_reviewed_schema.snap</c>: a change to any type, field,
/// argument or description shows up in review as a diff of that file. To accept an intended change, delete the file
/// and run this test once (see tests/Shared/SnapshotStrictMode.cs).
/// </summary>
public sealed class PublicSchemaTests
{
    [Fact]
    public void The_public_api_is_the_reviewed_schema()
    {
        using var host = new ApiHost();

        var sdl = SchemaPrinter.Print(host.Factory.Services.GetRequiredService<Schema>());

        Snapshot.Match(sdl);
    }
}
