using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Tests.TestSchema;

namespace ReportGraph.GraphQL.Tests.Execution;

public class MutationAndSubscriptionTests : ExecutionTestBase
{
    [Fact]
    public async Task MutationsRunOneAfterAnother()
    {
        var json = await JsonAsync("mutation { first: step(name: \"first\", delayMilliseconds: 150) second: step(name: \"second\", delayMilliseconds: 0) }");
        AssertJson("{'data':{'first':1,'second':2}}", json);
        Assert.Equal(new[] { "first", "second" }, Library.MutationLog);
    }

    [Fact]
    public async Task MutationPayloadsCarryUserErrors()
    {
        var json = await JsonAsync("mutation($in: BookInput!) { addBook(input: $in) { book { id } errors { code message path } } }",
            "{\"in\": {\"title\": \" \", \"genre\": \"FICTION\", \"authorId\": \"zz\"}}");
        AssertJson("{'data':{'addBook':{'book':null,'errors':[{'code':'REQUIRED','message':'A title is required.','path':['title']},{'code':'NOT_FOUND','message':'No author has id zz.','path':['authorId']}]}}}", json);
    }

    [Fact]
    public async Task InputRecordsAreBuiltFromLiterals()
    {
        var json = await JsonAsync("mutation { addBook(input: {title: \"The Left Hand of Darkness\", genre: SCIENCE_FICTION, authorId: \"a1\", pages: 304, tags: [\"winter\"]}) { book { id title genre pages tags author { name } } } }");
        AssertJson("{'data':{'addBook':{'book':{'id':'b4','title':'The Left Hand of Darkness','genre':'SCIENCE_FICTION','pages':304,'tags':['winter'],'author':{'name':'Ursula K. Le Guin'}}}}}", json);
    }

    [Fact]
    public async Task SubscriptionsYieldOneResultPerEvent()
    {
        using var services = LibrarySchema.CreateServices(Library);
        var results = new List<string>();
        await foreach (var result in Executor.SubscribeAsync(new GraphQLRequest { Query = "subscription { countdown(from: 2) }" }, services))
            results.Add(result.ToJson());
        Assert.Equal(new[] { "{\"data\":{\"countdown\":2}}", "{\"data\":{\"countdown\":1}}", "{\"data\":{\"countdown\":0}}" }, results);
    }

    [Fact]
    public async Task SubscriptionsSeeEventsFromMutations()
    {
        using var services = LibrarySchema.CreateServices(Library);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { bookAdded { title author { name } } }" }, services, cts.Token);
        Assert.True(result.IsStream);
        await using var events = result.Stream.GetAsyncEnumerator(cts.Token);
        var next = events.MoveNextAsync();
        while (Library.SubscriberCount == 0) await Task.Delay(10, cts.Token);
        await RunAsync("mutation { addBook(input: {title: \"Tehanu\", genre: FICTION, authorId: \"a1\"}) { book { id } } }");
        Assert.True(await next);
        Assert.Equal("{\"data\":{\"bookAdded\":{\"title\":\"Tehanu\",\"author\":{\"name\":\"Ursula K. Le Guin\"}}}}", events.Current.ToJson());
        await events.DisposeAsync();
        Assert.Equal(0, Library.SubscriberCount);
    }

    [Fact]
    public async Task SubscriptionRequestErrorsComeAsASingleResult()
    {
        using var services = LibrarySchema.CreateServices(Library);
        var results = new List<ExecutionResult>();
        await foreach (var result in Executor.SubscribeAsync(new GraphQLRequest { Query = "subscription { countdown }" }, services)) results.Add(result);
        var only = Assert.Single(results);
        Assert.Equal(RequestStatus.ValidationError, only.Status);
        Assert.Equal("Field \"countdown\" argument \"from\" of type \"Int!\" is required, but it was not provided.", only.Errors![0].Message);
    }

    [Fact]
    public async Task SubscriptionSetupErrorsAreKnownBeforeAnyEvent()
    {
        var failing = new ReportGraph.GraphQL.Types.ObjectType("Subscription").AddField(new ReportGraph.GraphQL.Types.FieldDefinition("boom", ReportGraph.GraphQL.Types.Scalars.Int)
        {
            Subscriber = _ => throw new GraphQLException("Not allowed to watch.", ErrorCodes.Forbidden),
        });
        var schema = new ReportGraph.GraphQL.Types.Schema(new ReportGraph.GraphQL.Types.ObjectType("Query").AddField(new ReportGraph.GraphQL.Types.FieldDefinition("ok", ReportGraph.GraphQL.Types.Scalars.Int)), subscription: failing);
        using var services = LibrarySchema.CreateServices(Library);
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "subscription { boom }" }, services);
        Assert.False(result.IsStream);
        Assert.False(result.HasData);
        AssertJson("{'errors':[{'message':'Not allowed to watch.','locations':[{'line':1,'column':16}],'path':['boom'],'extensions':{'code':'FORBIDDEN'}}]}", result.ToJson());
    }
}
