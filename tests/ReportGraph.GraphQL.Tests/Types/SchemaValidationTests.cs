using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Types;

public class SchemaValidationTests
{
    private static ObjectType Query(params FieldDefinition[] fields)
    {
        var query = new ObjectType("Query");
        foreach (var f in fields) query.AddField(f);
        if (fields.Length == 0) query.AddField(new FieldDefinition("ok", Scalars.Boolean));
        return query;
    }

    private static IReadOnlyList<string> Errors(Func<Schema> build)
        => Assert.Throws<SchemaValidationException>(() => build()).Errors;

    [Fact]
    public void AValidSchemaHasItsTypesAndTheIntrospectionTypes()
    {
        var node = new InterfaceType("Node").AddField(new FieldDefinition("id", new NonNullType(Scalars.ID)));
        var book = new ObjectType("Book").Implements(node).AddField(new FieldDefinition("id", new NonNullType(Scalars.ID)));
        var schema = new Schema(Query(new FieldDefinition("node", node)), types: new[] { book });
        Assert.Same(book, schema.GetType("Book"));
        Assert.NotNull(schema.GetType("__Schema"));
        Assert.NotNull(schema.GetType("String"));
        Assert.Equal(new[] { book }, schema.GetPossibleTypes(node));
        Assert.True(schema.IsSubType(node, book));
        Assert.NotNull(schema.GetDirective("oneOf"));
    }

    [Fact]
    public void ObjectsMustHaveFieldsAndValidNames()
    {
        var empty = new ObjectType("Empty");
        var errors = Errors(() => new Schema(Query(new FieldDefinition("e", empty), new FieldDefinition("__bad", Scalars.Int), new FieldDefinition("ok-no", Scalars.Int))));
        Assert.Contains("Type Empty must define one or more fields.", errors);
        Assert.Contains("Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.", errors);
        Assert.Contains("Names must only contain [_a-zA-Z0-9] and start with [_a-zA-Z] but \"ok-no\" does not.", errors);
    }

    [Fact]
    public void FieldAndArgumentTypesMustBeOutputAndInputTypes()
    {
        var input = new InputObjectType("In").AddField(new InputFieldDefinition("a", Scalars.Int));
        var output = new ObjectType("Out").AddField(new FieldDefinition("a", Scalars.Int));
        var field = new FieldDefinition("f", input).AddArgument(new ArgumentDefinition("x", output));
        var errors = Errors(() => new Schema(Query(field)));
        Assert.Contains("The type of Query.f must be Output Type but got: In.", errors);
        Assert.Contains("The type of Query.f(x:) must be Input Type but got: Out.", errors);
    }

    [Fact]
    public void InterfacesMustBeImplementedCorrectly()
    {
        var entity = new InterfaceType("Entity").AddField(new FieldDefinition("id", new NonNullType(Scalars.ID)));
        var node = new InterfaceType("Node").Implements(entity)
            .AddField(new FieldDefinition("id", new NonNullType(Scalars.ID)))
            .AddField(new FieldDefinition("name", Scalars.String).AddArgument(new ArgumentDefinition("lang", Scalars.String)));
        var book = new ObjectType("Book").Implements(node)
            .AddField(new FieldDefinition("id", Scalars.ID))
            .AddField(new FieldDefinition("name", Scalars.String).AddArgument(new ArgumentDefinition("extra", new NonNullType(Scalars.Int))));
        var errors = Errors(() => new Schema(Query(new FieldDefinition("book", book))));
        Assert.Contains("Type Book must implement Entity because it is implemented by Node.", errors);
        Assert.Contains("Interface field Node.id expects type ID! but Book.id is type ID.", errors);
        Assert.Contains("Interface field argument Node.name(lang:) expected but Book.name does not provide it.", errors);
        Assert.Contains("Object field Book.name includes required argument extra that is missing from the Interface field Node.name.", errors);
    }

    [Fact]
    public void CovariantInterfaceFieldsAreAllowed()
    {
        var node = new InterfaceType("Node").AddField(new FieldDefinition("self", UnusedInterface()));
        InterfaceType UnusedInterface() => new InterfaceType("Unused").AddField(new FieldDefinition("x", Scalars.Int));
        var named = new InterfaceType("Named").AddField(new FieldDefinition("friends", new ListType(Scalars.String)));
        var person = new ObjectType("Person").Implements(named).AddField(new FieldDefinition("friends", new NonNullType(new ListType(new NonNullType(Scalars.String)))));
        var schema = new Schema(Query(new FieldDefinition("p", person)));
        Assert.Same(person, schema.GetType("Person"));
        _ = node;
    }

    [Fact]
    public void UnionsEnumsAndInputsAreChecked()
    {
        var union = new UnionType("Empty");
        var enumType = new EnumType("E").AddValue(new EnumValueDefinition("true"));
        var oneOf = new InputObjectType("Pick") { IsOneOf = true }
            .AddField(new InputFieldDefinition("a", new NonNullType(Scalars.Int)))
            .AddField(new InputFieldDefinition("b", Scalars.Int) { DefaultValue = new IntValueNode("1") })
            .AddField(new InputFieldDefinition("c", new NonNullType(Scalars.Int)) { DeprecationReason = "old" });
        var field = new FieldDefinition("f", union).AddArgument(new ArgumentDefinition("e", enumType)).AddArgument(new ArgumentDefinition("p", oneOf));
        var errors = Errors(() => new Schema(Query(field)));
        Assert.Contains("Union type Empty must define one or more member types.", errors);
        Assert.Contains("Enum type E cannot include value: true.", errors);
        Assert.Contains("OneOf input field Pick.a must be nullable.", errors);
        Assert.Contains("OneOf input field Pick.b cannot have a default value.", errors);
        Assert.Contains("Required input field Pick.c cannot be deprecated.", errors);
    }

    [Fact]
    public void InputCyclesThroughNonNullFieldsAreRefused()
    {
        var a = new InputObjectType("A");
        var b = new InputObjectType("B");
        a.AddField(new InputFieldDefinition("b", new NonNullType(b)));
        b.AddField(new InputFieldDefinition("a", new NonNullType(a)));
        var errors = Errors(() => new Schema(Query(new FieldDefinition("f", Scalars.Int).AddArgument(new ArgumentDefinition("a", a)))));
        Assert.Contains("Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".", errors);

        var list = new InputObjectType("L");
        list.AddField(new InputFieldDefinition("self", new NonNullType(new ListType(new NonNullType(list)))));
        Assert.NotNull(new Schema(Query(new FieldDefinition("f", Scalars.Int).AddArgument(new ArgumentDefinition("l", list)))));
    }

    [Fact]
    public void TypeNamesMustBeUnique()
    {
        var errors = Errors(() => new Schema(Query(
            new FieldDefinition("a", new ObjectType("Dup").AddField(new FieldDefinition("x", Scalars.Int))),
            new FieldDefinition("b", new ObjectType("Dup").AddField(new FieldDefinition("y", Scalars.Int))))));
        Assert.Contains("Schema must contain uniquely named types but contains multiple types named \"Dup\".", errors);
    }

    [Fact]
    public void RootTypesMustDiffer()
    {
        var query = Query();
        var errors = Errors(() => new Schema(query, mutation: query));
        Assert.Contains("All root types must be different, \"Query\" type is used as query and mutation root types.", errors);
    }

    [Fact]
    public void RequiredArgumentsCannotBeDeprecated()
    {
        var field = new FieldDefinition("f", Scalars.Int).AddArgument(new ArgumentDefinition("x", new NonNullType(Scalars.Int)) { DeprecationReason = "no" });
        Assert.Contains("Required argument Query.f(x:) cannot be deprecated.", Errors(() => new Schema(Query(field))));
    }
}
