using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Execution;

public class ErrorHandlingTests : ExecutionTestBase
{
    [Fact]
    public async Task UnexpectedExceptionsAreMasked()
    {
        var logged = new List<Exception>();
        Executor = TestSchema.LibrarySchema.CreateExecutor(o => o.OnUnexpectedError = (ex, _) => logged.Add(ex));
        var json = await JsonAsync("{ bookTotal failing }");
        AssertJson("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':13}],'path':['failing'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'bookTotal':3,'failing':null}}", json);
        Assert.DoesNotContain("hunter2", json);
        Assert.IsType<InvalidOperationException>(Assert.Single(logged));
    }

    [Fact]
    public async Task DevelopmentShowsTheExceptionDetails()
    {
        Executor = TestSchema.LibrarySchema.CreateExecutor(o => o.IncludeExceptionDetails = true);
        var result = await RunAsync("{ failing }");
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Database password is hunter2", error.Message);
        var exception = Assert.IsType<Dictionary<string, object?>>(error.Extensions!["exception"]);
        Assert.Contains("Failing", (string)exception["stackTrace"]!);
    }

    [Fact]
    public async Task NonNullRootFieldErrorsNullTheWholeData()
    {
        var result = await RunAsync("{ bookTotal brokenPromise }");
        AssertJson("{'errors':[{'message':'Cannot return null for non-nullable field Query.brokenPromise.','locations':[{'line':1,'column':13}],'path':['brokenPromise']}],'data':null}", result.ToJson());
        Assert.True(result.HasData);
    }

    [Fact]
    public async Task ReportedErrorsKeepTheValue()
    {
        AssertJson("{'errors':[{'message':'Some data is missing.','locations':[{'line':1,'column':3}],'path':['partial'],'extensions':{'code':'PARTIAL'}}],'data':{'partial':'partial'}}",
            await JsonAsync("{ partial }"));
    }

    private sealed class Item
    {
        public string? Name { get; init; }
        public Item? Child { get; init; }
    }

    private static RequestExecutor NullPropagationExecutor()
    {
        var item = new ObjectType("Item");
        item.AddField(new FieldDefinition("name", new NonNullType(Scalars.String)))
            .AddField(new FieldDefinition("child", item))
            .AddField(new FieldDefinition("requiredChild", new NonNullType(item), c => new ValueTask<object?>(((Item)c.Parent!).Child)));
        var query = new ObjectType("Query")
            .AddField(new FieldDefinition("items", new ListType(item), _ => new ValueTask<object?>(new[] { new Item { Name = "a" }, new Item { Name = null }, new Item { Name = "c" } })))
            .AddField(new FieldDefinition("strictItems", new ListType(new NonNullType(item)), _ => new ValueTask<object?>(new[] { new Item { Name = "a" }, new Item { Name = null } })))
            .AddField(new FieldDefinition("deep", item, _ => new ValueTask<object?>(new Item { Name = "top", Child = new Item { Name = "mid", Child = new Item { Name = null } } })))
            .AddField(new FieldDefinition("asyncFailure", new ListType(Scalars.Int), async _ => { await Task.Yield(); throw new GraphQLException("async boom"); }))
            .AddField(new FieldDefinition("notAList", new ListType(Scalars.Int), _ => new ValueTask<object?>("nope")))
            .AddField(new FieldDefinition("badInt", Scalars.Int, _ => new ValueTask<object?>("x")))
            .AddField(new FieldDefinition("badEnum", new EnumType("Color").AddValue(new EnumValueDefinition("RED")), _ => new ValueTask<object?>("BLUE")));
        return new RequestExecutor(new Schema(query));
    }

    private static async Task<string> RunNullAsync(string query)
        => (await NullPropagationExecutor().ExecuteAsync(new GraphQLRequest { Query = query }, new ServiceCollection().BuildServiceProvider())).ToJson();

    [Fact]
    public async Task NullBubblesToTheNearestNullableListItem()
        => AssertJson("{'errors':[{'message':'Cannot return null for non-nullable field Item.name.','locations':[{'line':1,'column':11}],'path':['items',1,'name']}],'data':{'items':[{'name':'a'},null,{'name':'c'}]}}",
            await RunNullAsync("{ items { name } }"));

    [Fact]
    public async Task NullBubblesThroughNonNullListItemsToTheList()
        => AssertJson("{'errors':[{'message':'Cannot return null for non-nullable field Item.name.','locations':[{'line':1,'column':17}],'path':['strictItems',1,'name']}],'data':{'strictItems':null}}",
            await RunNullAsync("{ strictItems { name } }"));

    [Fact]
    public async Task NullBubblesThroughNonNullFieldsToTheNearestNullableField()
        => AssertJson("{'errors':[{'message':'Cannot return null for non-nullable field Item.name.','locations':[{'line':1,'column':39}],'path':['deep','child','requiredChild','name']}],'data':{'deep':{'name':'top','child':null}}}",
            await RunNullAsync("{ deep { name child { requiredChild { name } } } }"));

    [Fact]
    public async Task CompletionErrorsAreFieldErrors()
    {
        var json = await RunNullAsync("{ asyncFailure notAList badInt badEnum }");
        // Errors are listed in the order they happen: the async failure may come before or after the others.
        var root = System.Text.Json.JsonDocument.Parse(json).RootElement;
        var errors = root.GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("path")[0].GetString() + " @" + e.GetProperty("locations")[0].GetProperty("column").GetInt32() + ": " + e.GetProperty("message").GetString())
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(new[]
        {
            "asyncFailure @3: async boom",
            "badEnum @32: Enum \"Color\" cannot represent value: \"BLUE\"",
            "badInt @25: Int cannot represent non-integer value: \"x\"",
            "notAList @16: Expected Iterable, but did not find one for field \"Query.notAList\".",
        }, errors);
        AssertJson("{'asyncFailure':null,'notAList':null,'badInt':null,'badEnum':null}", root.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task TimeoutStopsExecution()
    {
        Executor = TestSchema.LibrarySchema.CreateExecutor(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(100));
        var result = await RunAsync("{ slow(milliseconds: 20000) }");
        Assert.Equal(RequestStatus.Timeout, result.Status);
        Assert.Equal(ErrorCodes.Timeout, result.Errors![0].Code);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task CallerCancellationIsNotAnError()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync("{ slow(milliseconds: 20000) }", cancellationToken: cts.Token));
    }
}
