using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Tests.Execution;

public class VariableCoercionTests : ExecutionTestBase
{
    private async Task<string> ErrorAsync(string query, string variables)
    {
        var result = await RunAsync(query, variables);
        Assert.Equal(RequestStatus.VariableError, result.Status);
        Assert.False(result.HasData);
        return string.Join("\n", result.Errors!.Select(e => e.Message));
    }

    [Fact]
    public async Task RequiredVariablesMustBeProvided()
        => Assert.Equal("Variable \"$n\" of required type \"Int!\" was not provided.",
            await ErrorAsync("query($n: Int!) { books(first: $n) { id } }", "{}"));

    [Fact]
    public async Task NonNullVariablesMustNotBeNull()
        => Assert.Equal("Variable \"$n\" of non-null type \"Int!\" must not be null.",
            await ErrorAsync("query($n: Int!) { books(first: $n) { id } }", "{\"n\": null}"));

    [Fact]
    public async Task ScalarsAreCheckedWithGraphQLJsMessages()
    {
        Assert.Equal("Variable \"$n\" got invalid value \"ten\"; Int cannot represent non-integer value: \"ten\"",
            await ErrorAsync("query($n: Int) { books(first: $n) { id } }", "{\"n\": \"ten\"}"));
        Assert.Equal("Variable \"$n\" got invalid value 1.5; Int cannot represent non-integer value: 1.5",
            await ErrorAsync("query($n: Int) { books(first: $n) { id } }", "{\"n\": 1.5}"));
        Assert.Equal("Variable \"$n\" got invalid value 3000000000; Int cannot represent non 32-bit signed integer value: 3000000000",
            await ErrorAsync("query($n: Int) { books(first: $n) { id } }", "{\"n\": 3000000000}"));
    }

    [Fact]
    public async Task EnumsMustNameAValue()
        => Assert.Equal("Variable \"$g\" got invalid value \"FICTON\"; Value \"FICTON\" does not exist in \"Genre\" enum. Did you mean the enum value \"FICTION\"?",
            await ErrorAsync("query($g: Genre) { books(genre: $g) { id } }", "{\"g\": \"FICTON\"}"));

    [Fact]
    public async Task InputObjectsReportEveryProblemWithItsPath()
    {
        var errors = await ErrorAsync("mutation($in: BookInput!) { addBook(input: $in) { book { id } } }",
            "{\"in\": {\"title\": 5, \"genre\": \"FICTION\", \"tags\": [\"a\", 7], \"pagez\": 1}}");
        Assert.Equal(string.Join("\n",
            "Variable \"$in\" got invalid value 5 at \"in.title\"; String cannot represent a non string value: 5",
            "Variable \"$in\" got invalid value { title: 5, genre: \"FICTION\", tags: [\"a\", 7], pagez: 1 }; Field \"authorId\" of required type \"ID!\" was not provided.",
            "Variable \"$in\" got invalid value 7 at \"in.tags[1]\"; String cannot represent a non string value: 7",
            "Variable \"$in\" got invalid value { title: 5, genre: \"FICTION\", tags: [\"a\", 7], pagez: 1 }; Field \"pagez\" is not defined by type \"BookInput\". Did you mean \"pages\" or \"tags\"?"), errors);
    }

    [Fact]
    public async Task NonObjectsForInputObjectsAreRefused()
        => Assert.Equal("Variable \"$in\" got invalid value \"x\"; Expected type \"BookInput\" to be an object.",
            await ErrorAsync("mutation($in: BookInput!) { addBook(input: $in) { book { id } } }", "{\"in\": \"x\"}"));

    [Fact]
    public async Task OneOfVariablesNeedExactlyOneNonNullField()
    {
        Assert.Equal("Variable \"$by\" got invalid value { id: \"b1\", title: \"x\" }; Exactly one key must be specified for OneOf type \"BookBy\".",
            await ErrorAsync("query($by: BookBy!) { book(by: $by) { id } }", "{\"by\": {\"id\": \"b1\", \"title\": \"x\"}}"));
        Assert.Equal("Variable \"$by\" got invalid value { id: null }; Field \"id\" must be non-null.",
            await ErrorAsync("query($by: BookBy!) { book(by: $by) { id } }", "{\"by\": {\"id\": null}}"));
    }

    [Fact]
    public async Task CustomScalarErrorsSayWhatIsExpected()
        => Assert.Contains("expected RFC 3339 with an offset",
            await ErrorAsync("query($at: DateTime) { scalars(at: $at) }", "{\"at\": \"2026-11-21 09:30\"}"));

    [Fact]
    public async Task SingleValuesAreCoercedToLists()
    {
        var result = await RunAsync("mutation($in: BookInput!) { addBook(input: $in) { book { tags } errors { code } } }",
            "{\"in\": {\"title\": \"New\", \"genre\": \"FICTION\", \"authorId\": \"a1\", \"tags\": \"one\"}}");
        AssertJson("{'data':{'addBook':{'book':{'tags':['one']},'errors':[]}}}", result.ToJson());
    }

    [Fact]
    public async Task VariableErrorsHaveTheVariableLocationAndCode()
    {
        var result = await RunAsync("query(\n  $n: Int!) { books(first: $n) { id } }", "{}");
        Assert.Equal(new ReportGraph.GraphQL.Errors.SourceLocation(2, 3), result.Errors![0].Locations![0]);
        Assert.Equal(ErrorCodes.BadUserInput, result.Errors[0].Code);
    }

    [Fact]
    public async Task MessagesMatchGraphQLJsForEnumsNullItemsAndListsOfObjects()
    {
        Assert.Equal("Variable \"$g\" got invalid value 1; Enum \"Genre\" cannot represent non-string value: 1.",
            await ErrorAsync("query($g: Genre) { books(genre: $g) { id } }", "{\"g\": 1}"));
        Assert.Equal("Variable \"$in\" got invalid value null at \"in.tags[1]\"; Expected non-nullable type \"String!\" not to be null.",
            await ErrorAsync("mutation($in: BookInput!) { addBook(input: $in) { book { id } } }", "{\"in\": {\"title\": \"t\", \"genre\": \"FICTION\", \"authorId\": \"a1\", \"tags\": [\"a\", null]}}"));
        Assert.Equal("Variable \"$in\" got invalid value [{ title: \"t\" }]; Expected type \"BookInput\" to be an object.",
            await ErrorAsync("mutation($in: BookInput!) { addBook(input: $in) { book { id } } }", "{\"in\": [{\"title\": \"t\"}]}"));
    }
}
