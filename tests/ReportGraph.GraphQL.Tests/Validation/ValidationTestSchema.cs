using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Validation;

/// <summary>
/// The schema the validation tests run against, built with the engine's schema model. It is graphql-js's validation
/// test schema (Being/Pet/Canine/Dog/Cat/Human/Alien, ComplicatedArgs, ...) plus a OneOf input, a subscription root
/// and directives for every executable location; its SDL as SchemaPrinter prints it is the snapshot of
/// DifferentialOracleTests.The_validation_schema_prints_as_the_reviewed_sdl (Validation/__snapshots__/).
/// </summary>
public static class ValidationTestSchema
{
    /// <summary>The schema (built once; schemas are immutable after building).</summary>
    public static Schema Instance { get; } = Build();

    /// <summary>The folder of this source file (the test data sits beside it; read in place, not copied to the output).</summary>
    public static string SourceFolder { get; } = FolderOf();

    /// <summary>Folder of the differential corpus (one .graphql document per file).</summary>
    public static string CorpusFolder => Path.Combine(SourceFolder, "Corpus");

    private static string FolderOf([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static NonNullType NonNull(IGraphQLType type) => new NonNullType(type);

    private static ListType List(IGraphQLType type) => new ListType(type);

    private static FieldDefinition Field(string name, IGraphQLType type, params ArgumentDefinition[] arguments)
    {
        var field = new FieldDefinition(name, type);
        foreach (var argument in arguments) field.AddArgument(argument);
        return field;
    }

    private static ArgumentDefinition Arg(string name, IGraphQLType type, ValueNode? defaultValue = null) =>
        new(name, type) { DefaultValue = defaultValue };

    private static FieldDefinition NameField() => Field("name", Scalars.String, Arg("surname", Scalars.Boolean));

    private static Schema Build()
    {
        var mammal = new InterfaceType("Mammal");
        mammal.AddField(Field("mother", mammal)).AddField(Field("father", mammal));

        var being = new InterfaceType("Being").AddField(NameField());
        var pet = new InterfaceType("Pet").Implements(being).AddField(NameField());

        var canine = new InterfaceType("Canine").Implements(mammal);
        canine.AddField(NameField()).AddField(Field("mother", canine)).AddField(Field("father", canine));

        var dogCommand = new EnumType("DogCommand", new[] { new EnumValueDefinition("SIT"), new EnumValueDefinition("HEEL"), new EnumValueDefinition("DOWN") });
        var furColor = new EnumType("FurColor", new[] { "BROWN", "BLACK", "TAN", "SPOTTED", "NO_FUR", "UNKNOWN" }.Select(n => new EnumValueDefinition(n)));

        var dog = new ObjectType("Dog").Implements(being).Implements(pet).Implements(mammal).Implements(canine);
        dog.AddField(NameField())
            .AddField(Field("nickname", Scalars.String))
            .AddField(Field("barkVolume", Scalars.Int))
            .AddField(Field("barks", Scalars.Boolean))
            .AddField(Field("doesKnowCommand", Scalars.Boolean, Arg("dogCommand", dogCommand)))
            .AddField(Field("isHouseTrained", Scalars.Boolean, Arg("atOtherHomes", Scalars.Boolean, new BooleanValueNode(true))))
            .AddField(Field("isAtLocation", Scalars.Boolean, Arg("x", Scalars.Int), Arg("y", Scalars.Int)))
            .AddField(Field("mother", dog))
            .AddField(Field("father", dog));

        var cat = new ObjectType("Cat").Implements(being).Implements(pet);
        cat.AddField(NameField())
            .AddField(Field("nickname", Scalars.String))
            .AddField(Field("meows", Scalars.Boolean))
            .AddField(Field("meowsVolume", Scalars.Int))
            .AddField(Field("furColor", furColor));

        var catOrDog = new UnionType("CatOrDog", new[] { cat, dog });
        var intelligent = new InterfaceType("Intelligent").AddField(Field("iq", Scalars.Int));

        var human = new ObjectType("Human").Implements(being).Implements(intelligent);
        human.AddField(NameField())
            .AddField(Field("pets", List(pet)))
            .AddField(Field("relatives", NonNull(List(human))))
            .AddField(Field("iq", Scalars.Int));

        var alien = new ObjectType("Alien").Implements(being).Implements(intelligent);
        alien.AddField(NameField()).AddField(Field("numEyes", Scalars.Int)).AddField(Field("iq", Scalars.Int));

        var dogOrHuman = new UnionType("DogOrHuman", new[] { dog, human });
        var humanOrAlien = new UnionType("HumanOrAlien", new[] { human, alien });

        var complexInput = new InputObjectType("ComplexInput")
            .AddField(new InputFieldDefinition("requiredField", NonNull(Scalars.Boolean)))
            .AddField(new InputFieldDefinition("nonNullField", NonNull(Scalars.Boolean)) { DefaultValue = new BooleanValueNode(false) })
            .AddField(new InputFieldDefinition("intField", Scalars.Int))
            .AddField(new InputFieldDefinition("stringField", Scalars.String))
            .AddField(new InputFieldDefinition("booleanField", Scalars.Boolean))
            .AddField(new InputFieldDefinition("stringListField", List(Scalars.String)));

        var oneOfInput = new InputObjectType("OneOfInput") { IsOneOf = true }
            .AddField(new InputFieldDefinition("stringField", Scalars.String))
            .AddField(new InputFieldDefinition("intField", Scalars.Int));

        var zero = new IntValueNode("0");
        var complicatedArgs = new ObjectType("ComplicatedArgs")
            .AddField(Field("intArgField", Scalars.String, Arg("intArg", Scalars.Int)))
            .AddField(Field("nonNullIntArgField", Scalars.String, Arg("nonNullIntArg", NonNull(Scalars.Int))))
            .AddField(Field("stringArgField", Scalars.String, Arg("stringArg", Scalars.String)))
            .AddField(Field("booleanArgField", Scalars.String, Arg("booleanArg", Scalars.Boolean)))
            .AddField(Field("enumArgField", Scalars.String, Arg("enumArg", furColor)))
            .AddField(Field("floatArgField", Scalars.String, Arg("floatArg", Scalars.Float)))
            .AddField(Field("idArgField", Scalars.String, Arg("idArg", Scalars.ID)))
            .AddField(Field("stringListArgField", Scalars.String, Arg("stringListArg", List(Scalars.String))))
            .AddField(Field("stringListNonNullArgField", Scalars.String, Arg("stringListNonNullArg", List(NonNull(Scalars.String)))))
            .AddField(Field("complexArgField", Scalars.String, Arg("complexArg", complexInput)))
            .AddField(Field("oneOfArgField", Scalars.String, Arg("oneOfArg", oneOfInput)))
            .AddField(Field("multipleReqs", Scalars.String, Arg("req1", NonNull(Scalars.Int)), Arg("req2", NonNull(Scalars.Int))))
            .AddField(Field("nonNullFieldWithDefault", Scalars.String, Arg("arg", NonNull(Scalars.Int), zero)))
            .AddField(Field("multipleOpts", Scalars.String, Arg("opt1", Scalars.Int, zero), Arg("opt2", Scalars.Int, zero)))
            .AddField(Field("multipleOptAndReq", Scalars.String,
                Arg("req1", NonNull(Scalars.Int)), Arg("req2", NonNull(Scalars.Int)), Arg("opt1", Scalars.Int, zero), Arg("opt2", Scalars.Int, zero)));

        var query = new ObjectType("QueryRoot")
            .AddField(Field("human", human, Arg("id", Scalars.ID)))
            .AddField(Field("alien", alien))
            .AddField(Field("dog", dog))
            .AddField(Field("cat", cat))
            .AddField(Field("pet", pet))
            .AddField(Field("catOrDog", catOrDog))
            .AddField(Field("dogOrHuman", dogOrHuman))
            .AddField(Field("humanOrAlien", humanOrAlien))
            .AddField(Field("complicatedArgs", complicatedArgs));

        var subscription = new ObjectType("SubscriptionRoot");
        foreach (var name in new[] { "importantEmails", "notImportantEmails", "moreImportantEmails", "spamEmails", "deletedEmails" })
            subscription.AddField(Field(name, List(Scalars.String)));

        var directives = BuiltInDirectives.All.Concat(new[]
        {
            new DirectiveDefinition("onQuery", new[] { DirectiveLocation.QUERY }),
            new DirectiveDefinition("onMutation", new[] { DirectiveLocation.MUTATION }),
            new DirectiveDefinition("onSubscription", new[] { DirectiveLocation.SUBSCRIPTION }),
            new DirectiveDefinition("onField", new[] { DirectiveLocation.FIELD }),
            new DirectiveDefinition("onFragmentDefinition", new[] { DirectiveLocation.FRAGMENT_DEFINITION }),
            new DirectiveDefinition("onFragmentSpread", new[] { DirectiveLocation.FRAGMENT_SPREAD }),
            new DirectiveDefinition("onInlineFragment", new[] { DirectiveLocation.INLINE_FRAGMENT }),
            new DirectiveDefinition("onVariableDefinition", new[] { DirectiveLocation.VARIABLE_DEFINITION }),
            new DirectiveDefinition("repeatable", new[] { DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD }, isRepeatable: true),
            new DirectiveDefinition("withArgs", new[] { DirectiveLocation.FIELD })
                .AddArgument(new ArgumentDefinition("required", NonNull(Scalars.Int)))
                .AddArgument(new ArgumentDefinition("optional", Scalars.String) { DefaultValue = new StringValueNode("x") }),
        });

        return new Schema(query, subscription: subscription, directives: directives);
    }
}
