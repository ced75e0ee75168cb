using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Tests.Language;

public class PrinterTests
{
    [Fact]
    public void PrintsOperationsLikeGraphQLJs()
    {
        var printed = Printer.Print(Parser.Parse("query Q($a: In = {a: 1, b: [1,2]}) @x { a(x: {y: 1}) ...F ... on T @s { b } } fragment F on T { c }"));
        Assert.Equal("""
            query Q($a: In = {a: 1, b: [1, 2]}) @x {
              a(x: {y: 1})
              ...F
              ... on T @s {
                b
              }
            }

            fragment F on T {
              c
            }
            """.Replace("\r\n", "\n"), printed);
    }

    [Fact]
    public void AnonymousQueryPrintsAsShorthand()
        => Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));

    [Fact]
    public void LongArgumentListsBreakOverLines()
    {
        var printed = Printer.Print(Parser.Parse("{ field(argumentNumberOne: \"aaaaaaaaaaaaaaaa\", argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbbbbbb\") }"));
        Assert.Equal("{\n  field(\n    argumentNumberOne: \"aaaaaaaaaaaaaaaa\"\n    argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbbbbbb\"\n  )\n}", printed);
    }

    [Fact]
    public void PrintsTypeSystemWithDescriptions()
    {
        var printed = Printer.Print(Parser.Parse("\"\"\"\n  hello\n    world\n\"\"\"\ntype A { \"d\" a(x: Int = 1 @d): String @deprecated(reason: \"x\") }\nunion U = A | B\ndirective @d(a: Int) repeatable on FIELD | QUERY\nextend schema @x\n"));
        Assert.Equal("\"\"\"\nhello\n  world\n\"\"\"\ntype A {\n  \"d\"\n  a(x: Int = 1 @d): String @deprecated(reason: \"x\")\n}\n\nunion U = A | B\n\ndirective @d(a: Int) repeatable on FIELD | QUERY\n\nextend schema @x", printed);
    }

    [Theory]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    public void PrintsBlockStrings(string value, string expected) => Assert.Equal(expected, BlockStrings.Print(value));

    [Fact]
    public void EscapesControlCharactersInStrings()
        => Assert.Equal("\"a\\n\\\"b\\u0007\"", BlockStrings.PrintString("a\n\"b\u0007"));

    [Theory]
    [InlineData("{\n  a(x: [1, 2.5, \"s\", true, null, ENUM, $v])\n}")]
    [InlineData("mutation M($in: BookInput! = {title: \"x\"}) @d {\n  add(input: $in) {\n    id\n  }\n}")]
    [InlineData("subscription {\n  bookAdded {\n    ... on Book {\n      id\n    }\n  }\n}")]
    [InlineData("schema {\n  query: Q\n}\n\nscalar S @specifiedBy(url: \"u\")\n\ninterface I implements J & K {\n  f: Int\n}\n\nenum E {\n  A\n  B @deprecated\n}\n\ninput In {\n  a: Int = 1\n}\n\nextend type T implements I\n\nextend enum E {\n  C\n}")]
    public void RoundTripsPrintedDocuments(string text)
        => Assert.Equal(text, Printer.Print(Parser.Parse(text)));
}
