using ReportGraph.GraphQL.Introspection;
using ReportGraph.GraphQL.Tests.TestSchema;

namespace ReportGraph.GraphQL.Tests.Introspection;

public class SchemaPrinterTests
{
    [Fact]
    public void PrintsTheTestSchema()
    {
        var sdl = SchemaPrinter.Print(LibrarySchema.Create());
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "library-schema.graphql"), sdl);
        Assert.Contains("type Query {", sdl);
    }
}
