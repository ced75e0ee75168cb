using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Tests.Language;

public class ParserTests
{
    private static GraphQLSyntaxException ParseError(string text, ParserOptions? options = null)
        => Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text, options));

    [Theory]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("query { ...on }", "Expected Name, found \"}\".", 1, 15)]
    [InlineData("\"desc\" query { a }", "Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("query Q($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("directive @d on NOWHERE", "Unexpected Name \"NOWHERE\".", 1, 17)]
    [InlineData("{ a(b: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("{ a }}", "Unexpected \"}\".", 1, 6)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("type T { a: [String }", "Expected \"]\", found \"}\".", 1, 21)]
    public void SyntaxErrorsHaveGraphQLJsMessagesAndLocations(string text, string message, int line, int column)
    {
        var error = ParseError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
    }

    [Fact]
    public void ParsesAFullOperation()
    {
        var document = Parser.Parse("""
            query Books($first: Int = 10, $genre: [Genre!]! @dir) @op {
              alias: books(first: $first, where: {genre: {in: $genre}, title: "x"}) @include(if: true) {
                id
                ...BookParts
                ... on Novel @skip(if: false) { pages }
                ... { title }
              }
            }
            fragment BookParts on Book { title }
            """);
        Assert.Equal(2, document.Definitions.Count);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Books", operation.Name!.Value);
        Assert.Equal(2, operation.VariableDefinitions.Count);
        Assert.Equal("10", Assert.IsType<IntValueNode>(operation.VariableDefinitions[0].DefaultValue).Value);
        var genreType = Assert.IsType<NonNullTypeNode>(operation.VariableDefinitions[1].Type);
        Assert.IsType<ListTypeNode>(genreType.Type);
        Assert.Equal("dir", operation.VariableDefinitions[1].Directives[0].Name.Value);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal("books", field.Name.Value);
        Assert.Equal(2, field.Arguments.Count);
        Assert.IsType<VariableNode>(field.Arguments[0].Value);
        var where = Assert.IsType<ObjectValueNode>(field.Arguments[1].Value);
        Assert.Equal("genre", where.Fields[0].Name.Value);
        var selections = field.SelectionSet!.Selections;
        Assert.IsType<FragmentSpreadNode>(selections[1]);
        var inline = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Equal("Novel", inline.TypeCondition!.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("Book", fragment.TypeCondition.Name.Value);
    }

    [Fact]
    public void NodesHaveLocations()
    {
        var document = Parser.Parse("{\n  hero {\n    name\n  }\n}");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var hero = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal(new Location(4, 23, 2, 3), hero.Location);
        var name = (FieldNode)hero.SelectionSet!.Selections[0];
        Assert.Equal(new SourceLocation(3, 5), name.Location!.StartLocation);
        Assert.Equal(new Location(0, 25, 1, 1), document.Location);
    }

    [Fact]
    public void NoLocationOptionLeavesLocationsOut()
    {
        var document = Parser.Parse("{ a }", new ParserOptions { NoLocation = true });
        Assert.Null(document.Location);
        Assert.Null(((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Location);
    }

    [Fact]
    public void ParsesValueLiterals()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 4.5 \"abc\" \"\"\"block\"\"\" true false null ENUM $var {a: 1}]"));
        Assert.Collection(list.Values,
            v => Assert.Equal("123", Assert.IsType<IntValueNode>(v).Value),
            v => Assert.Equal("4.5", Assert.IsType<FloatValueNode>(v).Value),
            v => Assert.False(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.False(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.IsType<NullValueNode>(v),
            v => Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(v).Value),
            v => Assert.Equal("var", Assert.IsType<VariableNode>(v).Name.Value),
            v => Assert.IsType<ObjectValueNode>(v));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("$x"));
        Assert.IsType<NonNullTypeNode>(Parser.ParseType("[String!]!"));
    }

    [Fact]
    public void ParsesTheTypeSystemLanguage()
    {
        var document = Parser.Parse("""
            "The schema" schema @s { query: Query mutation: Mutation }
            "Scalar" scalar DateTime @specifiedBy(url: "https://example.com")
            type Query implements & Node & Entity @key { "desc" field(arg: Int = 1 @d): [String!]! @deprecated }
            interface Node implements Entity { id: ID! }
            union SearchResult = | Book | Author
            enum Genre { "Fiction" FICTION @deprecated(reason: "no") POETRY }
            input BookInput @oneOf { title: String = "x", year: Int }
            directive @key(fields: String!) repeatable on OBJECT | INTERFACE
            extend schema @s2 { subscription: Subscription }
            extend scalar DateTime @x
            extend type Query { more: Int }
            extend interface Node @x
            extend union SearchResult = Magazine
            extend enum Genre { DRAMA }
            extend input BookInput { pages: Int }
            """);
        Assert.Equal(15, document.Definitions.Count);
        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.Equal("The schema", schema.Description!.Value);
        Assert.Equal(OperationType.Mutation, schema.OperationTypes[1].Operation);
        var query = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[2]);
        Assert.Equal(new[] { "Node", "Entity" }, query.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("desc", query.Fields[0].Description!.Value);
        Assert.Equal("1", ((IntValueNode)query.Fields[0].Arguments[0].DefaultValue!).Value);
        var union = Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[4]);
        Assert.Equal(new[] { "Book", "Author" }, union.Types.Select(t => t.Name.Value));
        var directive = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[7]);
        Assert.True(directive.Repeatable);
        Assert.Equal(new[] { "OBJECT", "INTERFACE" }, directive.Locations.Select(l => l.Value));
        Assert.IsType<InputObjectTypeExtensionNode>(document.Definitions[14]);
    }

    [Fact]
    public void TokenLimitAbortsParsing()
    {
        var error = ParseError("{ a b c d e f }", new ParserOptions { MaxTokens = 5 });
        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal(7, Parser.Parse("{ a b c d e }", new ParserOptions { MaxTokens = 7 }).TokenCount);
    }

    [Fact]
    public void LengthLimitAbortsParsing()
    {
        var error = ParseError("{ aaaaaaaaaa }", new ParserOptions { MaxDocumentLength = 10 });
        Assert.Contains("longer than 10 characters", error.Message);
    }

    [Fact]
    public void DeepNestingIsRefusedInsteadOfOverflowingTheStack()
    {
        var deep = "{ a(x: " + new string('[', 100_000) + " }";
        var error = ParseError(deep, new ParserOptions { MaxTokens = null, MaxDocumentLength = null });
        Assert.Contains("nesting is deeper than 200 levels", error.Message);
    }
}
