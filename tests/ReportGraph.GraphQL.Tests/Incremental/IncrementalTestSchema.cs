using System.Text.Json;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Incremental;

/// <summary>
/// The schema of the incremental-delivery oracle (tests/node/incremental-oracle.mjs gets it as printed SDL and the same
/// data.json): fields read the property of their name; {"$error": "message"} throws that message as a field error.
/// </summary>
internal static class IncrementalTestSchema
{
    public static string Folder { get; } = FolderOf();

    private static string FolderOf([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    public static string CorpusFolder => Path.Combine(Folder, "Corpus");

    public static string DataFile => Path.Combine(Folder, "data.json");

    public static object? Data { get; } = JsonValues.ToPlain(JsonDocument.Parse(File.ReadAllText(DataFile)).RootElement);

    public static Schema Instance { get; } = Create();

    private static Schema Create()
    {
        var character = new ObjectType("Character");
        character
            .AddField(Field("id", new NonNullType(Scalars.ID)))
            .AddField(Field("name", Scalars.String))
            .AddField(Field("nonNullName", new NonNullType(Scalars.String)))
            .AddField(Field("friends", new ListType(character)))
            .AddField(Field("bestFriend", character))
            .AddField(Field("errorField", Scalars.String));
        var query = new ObjectType("Query")
            .AddField(Field("hero", character))
            .AddField(Field("badHero", character))
            .AddField(Field("scalarList", new ListType(Scalars.String)))
            .AddField(Field("nonNullItems", new ListType(new NonNullType(Scalars.String))))
            .AddField(Field("emptyList", new ListType(Scalars.String)));
        var mutation = new ObjectType("Mutation").AddField(Field("like", Scalars.Boolean));
        var subscription = new ObjectType("Subscription").AddField(Field("heroChanged", character));
        return new Schema(query, mutation, subscription, directives: BuiltInDirectives.All.Concat(IncrementalDirectives.All));
    }

    private static FieldDefinition Field(string name, IGraphQLType type) => new(name, type)
    {
        PureResolver = source =>
        {
            var value = DefaultFieldResolver.Resolve(source, name);
            if (value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("$error", out var message))
                throw new GraphQLException((string)message!);
            return value;
        },
    };
}
