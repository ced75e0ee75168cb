using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Introspection;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    public enum OrderState { Draft, InProgress, HTMLExport, [GraphQLName("DONE_DONE")] Done }

    public sealed record Address(string Street, string? City);

    public sealed class Shape
    {
        public string Name { get; set; } = "";
        public string? Nickname { get; set; }
        public int Count { get; set; }
        public int? Maybe { get; set; }
        public List<string> Tags { get; set; } = new();
        public List<string?>? LooseTags { get; set; }
        public IReadOnlyList<Address> Addresses { get; set; } = Array.Empty<Address>();
        public Task<Address?> GetHomeAsync() => Task.FromResult<Address?>(null);
        public ValueTask<int> CountLater() => new(Count);
        public OrderState State { get; set; }
        [GraphQLIgnore] public string Secret { get; set; } = "";
        [GraphQLName("renamed")] public string Original { get; set; } = "";
        [GraphQLNonNull] public string? Forced { get; set; }
        [ID] public int Key { get; set; }
        [ID] public IReadOnlyList<Guid> Keys { get; set; } = Array.Empty<Guid>();
        [Obsolete("Use renamed.")] public string? Old { get; set; }
        [GraphQLDescription("Explicit words.")] public long Big { get; set; }
        public override string ToString() => Name;
    }

    public sealed class ShapeQuery
    {
        public Shape Shape() => new() { Name = "square", Count = 4, State = OrderState.InProgress, Original = "o", Forced = "f", Key = 7, Tags = new() { "a" } };
        public string Greet(string name, string greeting = "Hello", OrderState? state = null, int times = 1)
            => string.Concat(Enumerable.Repeat($"{greeting} {name}{(state is null ? "" : " " + state)}.", times));
        public int Sum(IReadOnlyList<int> values, int[]? more = null) => values.Sum() + (more?.Sum() ?? 0);
        public string Where(Address address) => $"{address.Street}, {address.City ?? "?"}";
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1068", Justification = "Tests that the binder finds a token in any position.")]
        public string Token(CancellationToken cancellationToken, IResolverContext context) => $"{cancellationToken.CanBeCanceled}:{context.Field.Name}";
        public string FromService([Service] Counter counter) => $"count {counter.Next()}";
        public void Ignored() { }
    }

    public sealed class Counter
    {
        private int _value;
        public int Next() => Interlocked.Increment(ref _value);
    }

    private static Schema Build() => new SchemaBuilder().AddQueryType<ShapeQuery>().Build();

    private static async Task<string> RunAsync(Schema schema, string query, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection().AddSingleton<Counter>();
        services?.Invoke(collection);
        using var provider = collection.BuildServiceProvider();
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query }, provider);
        return result.ToJson();
    }

    [Fact]
    public void NullabilityFollowsNullableReferenceTypesAndNullableValueTypes()
    {
        var shape = Build().GetType<ObjectType>("Shape");
        string TypeOf(string field) => shape.Fields[field].Type.ToString()!;
        Assert.Equal("String!", TypeOf("name"));
        Assert.Equal("String", TypeOf("nickname"));
        Assert.Equal("Int!", TypeOf("count"));
        Assert.Equal("Int", TypeOf("maybe"));
        Assert.Equal("[String!]!", TypeOf("tags"));
        Assert.Equal("[String]", TypeOf("looseTags"));
        Assert.Equal("[Address!]!", TypeOf("addresses"));
        Assert.Equal("Address", TypeOf("home"));
        Assert.Equal("Int!", TypeOf("countLater"));
        Assert.Equal("OrderState!", TypeOf("state"));
        Assert.Equal("String!", TypeOf("forced"));
        Assert.Equal("ID!", TypeOf("key"));
        Assert.Equal("[ID!]!", TypeOf("keys"));
        Assert.Equal("Long!", TypeOf("big"));
    }

    [Fact]
    public void NamesDescriptionsDeprecationAndIgnore()
    {
        var shape = Build().GetType<ObjectType>("Shape");
        Assert.False(shape.Fields.Contains("secret"));
        Assert.False(shape.Fields.Contains("toString"));
        Assert.True(shape.Fields.Contains("renamed"));
        Assert.Equal("Use renamed.", shape.Fields["old"].DeprecationReason);
        Assert.Equal("Explicit words.", shape.Fields["big"].Description);
        Assert.False(Build().QueryType.Fields.Contains("ignored"));
    }

    [Fact]
    public void EnumsBecomeUpperSnakeCase()
    {
        var state = Build().GetType<EnumType>("OrderState");
        Assert.Equal(new[] { "DRAFT", "IN_PROGRESS", "HTML_EXPORT", "DONE_DONE" }, state.Values.Select(v => v.Name));
        Assert.Equal(OrderState.InProgress, state.Values["IN_PROGRESS"].Value);
    }

    [Fact]
    public void ParametersBecomeArgumentsWithDefaults()
    {
        var greet = Build().QueryType.Fields["greet"];
        Assert.Equal(new[] { "name", "greeting", "state", "times" }, greet.Arguments.Select(a => a.Name));
        Assert.Equal("String!", greet.Arguments["name"].Type.ToString());
        Assert.Equal("\"Hello\"", greet.Arguments["greeting"].DefaultValue!.ToString());
        Assert.Equal("OrderState", greet.Arguments["state"].Type.ToString());
        Assert.Null(greet.Arguments["state"].DefaultValue);
        var token = Build().QueryType.Fields["token"];
        Assert.Empty(token.Arguments);
        Assert.Empty(Build().QueryType.Fields["fromService"].Arguments);
    }

    [Fact]
    public void ClassesUsedAsArgumentsBecomeInputTypes()
    {
        var schema = Build();
        var input = schema.GetType<InputObjectType>("AddressInput");
        Assert.Equal("String!", input.Fields["street"].Type.ToString());
        Assert.Equal("String", input.Fields["city"].Type.ToString());
        Assert.IsType<ObjectType>(schema.GetType("Address"));
    }

    [Fact]
    public async Task ResolversGetArgumentsServicesContextAndAwaitResults()
    {
        var json = await RunAsync(Build(), """
            {
              shape { name count countLater home { street } state renamed forced key tags }
              a: greet(name: "Ada") b: greet(name: "Bo", greeting: "Hi", state: HTML_EXPORT, times: 2)
              sum(values: [1, 2, 3], more: 4)
              where(address: {street: "Main St 1"})
              token
              s1: fromService s2: fromService
            }
            """);
        Assert.Equal("{\"data\":{\"shape\":{\"name\":\"square\",\"count\":4,\"countLater\":4,\"home\":null,\"state\":\"IN_PROGRESS\",\"renamed\":\"o\",\"forced\":\"f\",\"key\":\"7\",\"tags\":[\"a\"]},"
                     + "\"a\":\"Hello Ada.\",\"b\":\"Hi Bo HTMLExport.Hi Bo HTMLExport.\",\"sum\":10,\"where\":\"Main St 1, ?\",\"token\":\"True:token\",\"s1\":\"count 1\",\"s2\":\"count 2\"}}", json);
    }

    public sealed class BadQuery
    {
        public Dictionary<string, int> Lookup() => new();
    }

    public sealed class BadArgumentQuery
    {
        public int Count(object filter) => 0;
    }

    public sealed class Dup
    {
        public int Value { get; set; }
        public int GetValue() => 1;
    }

    [Fact]
    public void UnmappableMembersAreNamedInTheError()
    {
        var error = Assert.Throws<SchemaBuilderException>(() => new SchemaBuilder().AddQueryType<BadQuery>().Build());
        Assert.Contains("SchemaBuilderTests+BadQuery.Lookup", error.Message);
        Assert.Contains("Dictionary", error.Message);
        var argumentError = Assert.Throws<SchemaBuilderException>(() => new SchemaBuilder().AddQueryType<BadArgumentQuery>().Build());
        Assert.Contains("Parameter \"filter\" of ReportGraph.GraphQL.Tests.Types.SchemaBuilderTests+BadArgumentQuery.Count", argumentError.Message);
        Assert.Contains("input type", argumentError.Message);
        var dup = Assert.Throws<SchemaBuilderException>(() => new SchemaBuilder().AddQueryType<Dup>().Build());
        Assert.Contains("\"Query.value\" is defined twice", dup.Message);
    }

    [Fact]
    public void AQueryTypeIsRequiredAndExtensionsNeedTheirAttribute()
    {
        Assert.Contains("AddQueryType", Assert.Throws<SchemaBuilderException>(() => new SchemaBuilder().Build()).Message);
        Assert.Contains("[ExtendObjectType]", Assert.Throws<SchemaBuilderException>(() => new SchemaBuilder().AddTypeExtension<Counter>()).Message);
    }

    public sealed class Wrapped
    {
        public string Value() => "inner";
        public string Other() => "other";
    }

    [Fact]
    public async Task FieldMiddlewareWrapsResolvers()
    {
        var schema = new SchemaBuilder().AddQueryType<Wrapped>()
            .UseField(next => async context =>
            {
                await next(context);
                if (context.Result is string s) context.Result = s.ToUpperInvariant();
            })
            .ModifyTypes(build => ((ObjectType)build.GetType("Query")!).Fields["value"].Use(next => async context =>
            {
                await next(context);
                context.Result += "!";
            }))
            .Build();
        Assert.Equal("{\"data\":{\"value\":\"INNER!\",\"other\":\"OTHER\"}}", await RunAsync(schema, "{ value other }"));
    }

    public sealed class Upper : FieldConfigurationAttribute
    {
        public override void Configure(FieldDefinition field, FieldConfigurationContext context)
        {
            field.ContextData["configuredFrom"] = context.Member.Name;
            field.Use(next => async ctx =>
            {
                await next(ctx);
                ctx.Result = (ctx.Result as string)?.ToUpperInvariant();
            });
        }
    }

    public sealed class Configured
    {
        [Upper] public string Shout() => "quiet";
    }

    [Fact]
    public async Task ConfigurationAttributesAddMiddlewareAndMetadata()
    {
        var schema = new SchemaBuilder().AddQueryType<Configured>().Build();
        Assert.Equal("Shout", schema.QueryType.Fields["shout"].ContextData["configuredFrom"]);
        Assert.Equal("{\"data\":{\"shout\":\"QUIET\"}}", await RunAsync(schema, "{ shout }"));
    }

    public sealed class Money
    {
        public decimal Amount { get; init; }
    }

    public sealed class MoneyQuery
    {
        public Money Price() => new() { Amount = 12.5m };
    }

    [Fact]
    public async Task ScalarsCanBeBoundToOtherTypes()
    {
        var schema = new SchemaBuilder().AddQueryType<MoneyQuery>().BindScalar<decimal>(Scalars.Float).Build();
        Assert.Equal("Float!", schema.GetType<ObjectType>("Money").Fields["amount"].Type.ToString());
        Assert.Equal("{\"data\":{\"price\":{\"amount\":12.5}}}", await RunAsync(schema, "{ price { amount } }"));
    }

    [Fact]
    public void XmlDocumentationBecomesDescriptions()
    {
        var schema = TestSchema.LibrarySchema.Create();
        Assert.Equal("A book.", schema.GetType("Book")!.Description);
        Assert.Equal("Number of pages, when known.", schema.GetType<ObjectType>("Book").Fields["pages"].Description);
        Assert.Equal("At most this many.", schema.QueryType.Fields["books"].Arguments["first"].Description);
        Assert.Equal("Stories about science and the future.", schema.GetType<EnumType>("Genre").Values["SCIENCE_FICTION"].Description);
        Assert.Equal("Who wrote it.", schema.GetType<InputObjectType>("BookInput").Fields["authorId"].Description);
    }

    [Fact]
    public void InterfacesUnionsAndExtensionsAreLinked()
    {
        var schema = TestSchema.LibrarySchema.Create();
        Assert.Equal(new[] { "Media", "Node" }, schema.GetType<ObjectType>("Book").Interfaces.Select(i => i.Name));
        Assert.Equal(new[] { "Node" }, schema.GetType<InterfaceType>("Media").Interfaces.Select(i => i.Name));
        Assert.Equal(new[] { "Book", "Author" }, schema.GetType<UnionType>("SearchResult").Types.Select(t => t.Name));
        Assert.True(schema.GetType<ObjectType>("Author").Fields.Contains("bookCount"));
        Assert.True(schema.QueryType.Fields.Contains("bookTotal"));
        Assert.True(schema.GetType<InputObjectType>("BookBy").IsOneOf);
        Assert.Equal("Book!", schema.SubscriptionType!.Fields["bookAdded"].Type.ToString());
    }

    [Fact]
    public void TheLibrarySdlIsStable()
    {
        var sdl = SchemaPrinter.Print(TestSchema.LibrarySchema.Create());
        Assert.Contains("type Book implements Media & Node {", sdl);
        Assert.Contains("input BookBy @oneOf {", sdl);
        Assert.Contains("union SearchResult = Book | Author", sdl);
        Assert.Contains("scalar DateTime @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")", sdl);
        Assert.Contains("isbn10: String @deprecated(reason: \"Use isbn13.\")", sdl);
        Assert.Contains("  NOVEL @deprecated(reason: \"Use FICTION.\")", sdl);
    }

    public sealed class Ticker : IObservable<int>
    {
        public IDisposable Subscribe(IObserver<int> observer)
        {
            foreach (var i in new[] { 1, 2, 3 }) observer.OnNext(i);
            observer.OnCompleted();
            return new Unsubscriber();
        }

        private sealed class Unsubscriber : IDisposable
        {
            public void Dispose() { }
        }
    }

    public sealed class StreamQuery
    {
        public IObservable<int> Ticks() => new Ticker();
        public async IAsyncEnumerable<string> Words()
        {
            await Task.Yield();
            yield return "a";
            yield return "b";
        }
        public HashSet<string> Unique(IReadOnlySet<string>? ignored = null) => new() { "x" };
        public int Count(HashSet<int> values, ISet<long>? more = null) => values.Count + (more?.Count ?? 0);
    }

    public sealed class StreamSubscription
    {
        public IObservable<int> Ticks() => new Ticker();
    }

    [Fact]
    public async Task ObservablesAndAsyncStreamsAreListsOnQueriesAndStreamsOnSubscriptions()
    {
        var schema = new SchemaBuilder().AddQueryType<StreamQuery>().AddSubscriptionType<StreamSubscription>().Build();
        Assert.Equal("[Int!]!", schema.QueryType.Fields["ticks"].Type.ToString());
        Assert.Equal("[String!]!", schema.QueryType.Fields["words"].Type.ToString());
        Assert.Equal("Int!", schema.SubscriptionType!.Fields["ticks"].Type.ToString());
        Assert.Equal("{\"data\":{\"ticks\":[1,2,3],\"words\":[\"a\",\"b\"],\"count\":3}}", await RunAsync(schema, "{ ticks words count(values: [1, 2, 2], more: [5]) }"));

        using var provider = new ServiceCollection().BuildServiceProvider();
        var events = new List<string>();
        await foreach (var result in new RequestExecutor(schema).SubscribeAsync(new GraphQLRequest { Query = "subscription { ticks }" }, provider))
            events.Add(result.ToJson());
        Assert.Equal(new[] { "{\"data\":{\"ticks\":1}}", "{\"data\":{\"ticks\":2}}", "{\"data\":{\"ticks\":3}}" }, events);
    }
}
