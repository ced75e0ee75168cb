using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Tests.Execution;

public class QueryExecutionTests : ExecutionTestBase
{
    [Fact]
    public async Task ResultsFollowTheSelectionOrderWithAliases()
    {
        var json = await JsonAsync("{ bookTotal first: books(first: 1) { title id genre pages tags } authors { name born } }");
        AssertJson("{'data':{'bookTotal':3,'first':[{'title':'A Wizard of Earthsea','id':'b1','genre':'FICTION','pages':183,'tags':['magic','islands']}],"
                   + "'authors':[{'name':'Ursula K. Le Guin','born':'1929-10-21'},{'name':'Mary Beard','born':null}]}}", json);
    }

    [Fact]
    public async Task ArgumentsWithDefaultsAndEnums()
    {
        AssertJson("{'data':{'books':[{'id':'b2'}]}}", await JsonAsync("{ books(genre: SCIENCE_FICTION) { id } }"));
        AssertJson("{'data':{'books':[{'id':'b1'},{'id':'b2'}]}}", await JsonAsync("query($n: Int) { books(first: $n) { id } }", "{\"n\": 2}"));
        AssertJson("{'data':{'books':[{'id':'b1'},{'id':'b2'},{'id':'b3'}]}}", await JsonAsync("query($n: Int = 5) { books(first: $n) { id } }"));
    }

    [Fact]
    public async Task FragmentsOnInterfacesAndUnionsWithTypename()
    {
        var json = await JsonAsync("""
            query {
              media { __typename id ...on Book { pages } ... on Magazine { issue } }
              search(text: "le") { __typename ... BookTitle ... on Author { name } }
            }
            fragment BookTitle on Book { title }
            """);
        AssertJson("{'data':{'media':[{'__typename':'Book','id':'b1','pages':183},{'__typename':'Book','id':'b2','pages':341},{'__typename':'Book','id':'b3','pages':null},{'__typename':'Magazine','id':'m1','issue':700}],"
                   + "'search':[{'__typename':'Author','name':'Ursula K. Le Guin'}]}}", json);
    }

    [Fact]
    public async Task FieldsMergeAcrossFragments()
    {
        var json = await JsonAsync("{ node(id: \"b1\") { id ... on Book { author { name } } ... on Book { author { id } } } }");
        AssertJson("{'data':{'node':{'id':'b1','author':{'name':'Ursula K. Le Guin','id':'a1'}}}}", json);
    }

    [Fact]
    public async Task SkipAndIncludeWithLiteralsAndVariables()
    {
        var json = await JsonAsync("query($yes: Boolean!, $no: Boolean!) { bookTotal @skip(if: $yes) authors @include(if: $yes) { name @include(if: $no) id } ...F @skip(if: $no) } fragment F on Query { books(first: 1) @include(if: true) { id } }",
            "{\"yes\": true, \"no\": false}");
        AssertJson("{'data':{'authors':[{'id':'a1'},{'id':'a2'}],'books':[{'id':'b1'}]}}", json);
    }

    [Fact]
    public async Task TypeExtensionsAndServices()
    {
        AssertJson("{'data':{'authors':[{'bookCount':2,'books':[{'title':'The Dispossessed'}]},{'bookCount':1,'books':[{'title':'SPQR'}]}]}}",
            await JsonAsync("{ authors { bookCount books(first: 1) { title } } }"));
    }

    [Fact]
    public async Task OneOfInputsSelectOneWay()
    {
        AssertJson("{'data':{'a':{'id':'b3'},'b':{'id':'b2'}}}", await JsonAsync("{ a: book(by: {title: \"SPQR\"}) { id } b: book(by: {id: \"b2\"}) { id } }"));
        var invalid = await RunAsync("{ book(by: {title: \"SPQR\", id: \"b2\"}) { id } }");
        Assert.Equal(RequestStatus.ValidationError, invalid.Status);
    }

    [Fact]
    public async Task CustomScalarsRoundTrip()
    {
        var json = await JsonAsync("""query($at: DateTime, $id: UUID) { scalars(at: $at, on: "2026-02-28", every: "PT1H30M", id: $id, big: 9007199254740993) echo(value: {a: [1, "x", null]}) books(first: 1) { publishedAt } }""",
            "{\"at\": \"2026-11-21T09:30:00+01:00\", \"id\": \"0b6f3c2e-8f43-4c39-9f0e-2f2a9d6c1a11\"}");
        AssertJson("{'data':{'scalars':'2026-11-21T09:30:00.0000000+01:00|2026-02-28|01:30:00|0b6f3c2e-8f43-4c39-9f0e-2f2a9d6c1a11|9007199254740993','echo':{'a':[1,'x',null]},'books':[{'publishedAt':'1968-11-01T00:00:00.000Z'}]}}", json);
    }

    [Fact]
    public async Task LookaheadSeesSelectedSubfields()
    {
        using var services = TestSchema.LibrarySchema.CreateServices(Library);
        var contextData = new System.Collections.Concurrent.ConcurrentDictionary<string, object?>();
        await Executor.ExecuteAsync(new GraphQLRequest { Query = "{ lookahead { id ... on Book { author { name } } } }", ContextData = contextData }, services);
        Assert.Equal(true, contextData["sawAuthor"]);
        await Executor.ExecuteAsync(new GraphQLRequest { Query = "{ lookahead { id } }", ContextData = contextData }, services);
        Assert.Equal(false, contextData["sawAuthor"]);
    }

    [Fact]
    public async Task ParsedDocumentsAreCached()
    {
        await RunAsync("{ bookTotal }");
        await RunAsync("{ bookTotal }");
        Assert.Equal(1, Executor.CachedDocumentCount);
    }

    [Fact]
    public async Task PreParsedDocumentsRunToo()
    {
        using var services = TestSchema.LibrarySchema.CreateServices(Library);
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Document = Parser.Parse("{ bookTotal }") }, services);
        AssertJson("{'data':{'bookTotal':3}}", result.ToJson());
    }

    [Fact]
    public async Task OperationsAreChosenByName()
    {
        const string doc = "query A { bookTotal } query B { authors { id } }";
        AssertJson("{'data':{'bookTotal':3}}", await JsonAsync(doc, operationName: "A"));
        var missing = await RunAsync(doc);
        Assert.Equal(RequestStatus.OperationResolutionError, missing.Status);
        Assert.Equal("Must provide operation name if query contains multiple operations.", missing.Errors![0].Message);
        var unknown = await RunAsync(doc, operationName: "C");
        Assert.Equal("Unknown operation named \"C\".", unknown.Errors![0].Message);
        Assert.False(unknown.HasData);
        Assert.DoesNotContain("\"data\"", unknown.ToJson());
    }

    [Fact]
    public async Task DisallowedOperationKindsAreRefused()
    {
        var result = await RunAsync("mutation { step(name: \"x\", delayMilliseconds: 0) }", allowed: new[] { OperationType.Query });
        Assert.Equal(RequestStatus.OperationNotAllowed, result.Status);
        Assert.Equal(OperationType.Mutation, result.OperationType);
        Assert.Empty(Library.MutationLog);
    }

    [Fact]
    public async Task SyntaxErrorsAreRequestErrors()
    {
        var result = await RunAsync("{ books(first: ) }");
        Assert.Equal(RequestStatus.SyntaxError, result.Status);
        AssertJson("{'errors':[{'message':'Syntax Error: Unexpected \\u0022)\\u0022.','locations':[{'line':1,'column':16}],'extensions':{'code':'GRAPHQL_PARSE_FAILED'}}]}", result.ToJson());
    }

    [Fact]
    public async Task ValidationErrorsAreRequestErrors()
    {
        var result = await RunAsync("{ bookz }");
        Assert.Equal(RequestStatus.ValidationError, result.Status);
        Assert.Equal("Cannot query field \"bookz\" on type \"Query\". Did you mean \"book\" or \"books\"?", result.Errors![0].Message);
        Assert.Equal(new SourceLocation(1, 3), result.Errors[0].Locations![0]);
        Assert.Equal(ErrorCodes.ValidationFailed, result.Errors[0].Code);
    }

    [Fact]
    public async Task EmptyQueryIsARequestError()
    {
        var result = await RunAsync("");
        Assert.Equal(RequestStatus.SyntaxError, result.Status);
        Assert.Equal("Must provide query string.", result.Errors![0].Message);
    }

    [Fact]
    public async Task ErrorsComeBeforeDataInJson()
    {
        var json = await JsonAsync("{ notFound bookTotal }");
        Assert.StartsWith("{\"errors\":[", json);
        AssertJson("{'errors':[{'message':'No such thing.','locations':[{'line':1,'column':3}],'path':['notFound'],'extensions':{'code':'NOT_FOUND'}}],'data':{'notFound':null,'bookTotal':3}}", json);
    }
}
