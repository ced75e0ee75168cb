using ReportGraph.GraphQL.Introspection;
using ReportGraph.GraphQL.Tests.TestSchema;
using Snapshooter.Xunit;

namespace ReportGraph.GraphQL.Tests.Introspection;

public class SchemaPrinterTests
{
    /// <summary>
    /// The printer's whole output for the test schema (descriptions, deprecations, @oneOf, @specifiedBy, interfaces,
    /// unions, default values), kept in <c>__snapshots__/</c>: a change to the printer shows up in review as a diff.
    /// IntrospectionTests has graphql-js check that this SDL builds the same schema as our introspection describes.
    /// To accept an intended change, delete the .snap file and run the test once (see tests/Shared/SnapshotStrictMode.cs).
    /// </summary>
    [Fact]
    public void PrintsTheTestSchema() => Snapshot.Match(SchemaPrinter.Print(LibrarySchema.Create()));
}
