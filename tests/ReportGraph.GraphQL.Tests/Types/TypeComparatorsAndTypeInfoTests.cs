using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Types;

public class TypeComparatorsAndTypeInfoTests
{
    private static readonly InterfaceType Pet = new InterfaceType("Pet").AddField(new FieldDefinition("name", Scalars.String));
    private static readonly ObjectType Dog = new ObjectType("Dog").Implements(Pet).AddField(new FieldDefinition("name", Scalars.String)).AddField(new FieldDefinition("barks", Scalars.Boolean));
    private static readonly ObjectType Cat = new ObjectType("Cat").Implements(Pet).AddField(new FieldDefinition("name", Scalars.String));
    private static readonly ObjectType Human = new ObjectType("Human").AddField(new FieldDefinition("name", Scalars.String));
    private static readonly UnionType CatOrDog = new("CatOrDog", new[] { Cat, Dog });
    private static readonly EnumType Size = new EnumType("Size").AddValue(new EnumValueDefinition("SMALL")).AddValue(new EnumValueDefinition("LARGE"));
    private static readonly InputObjectType Filter = new InputObjectType("Filter").AddField(new InputFieldDefinition("sizes", new ListType(Size)));

    private static readonly Schema Schema = new(new ObjectType("Query")
        .AddField(new FieldDefinition("pet", Pet).AddArgument(new ArgumentDefinition("filter", Filter)))
        .AddField(new FieldDefinition("catOrDog", CatOrDog))
        .AddField(new FieldDefinition("human", Human)));

    [Fact]
    public void SubTypesFollowInterfacesAndWrappers()
    {
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, Dog, Pet));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, new NonNullType(Dog), Pet));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, Dog, new NonNullType(Pet)));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, new ListType(Dog), new ListType(Pet)));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, Human, Pet));
        Assert.True(TypeComparators.IsEqualType(new ListType(new NonNullType(Dog)), new ListType(new NonNullType(Dog))));
        Assert.False(TypeComparators.IsEqualType(new ListType(Dog), new NonNullType(Dog)));
    }

    [Fact]
    public void OverlapIsDecidedByPossibleTypes()
    {
        Assert.True(TypeComparators.DoTypesOverlap(Schema, Pet, CatOrDog));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, Dog, Pet));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, Human, Pet));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, Human, Dog));
    }

    private sealed class Recorder(TypeInfo info, List<string> log) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, SyntaxWalkContext context)
        {
            switch (node)
            {
                case FieldNode f: log.Add($"field {f.Name.Value}: parent={info.ParentType} type={info.Type} def={info.FieldDefinition?.Name}"); break;
                case ArgumentNode a: log.Add($"arg {a.Name.Value}: input={info.InputType} def={info.Argument?.Name}"); break;
                case ObjectFieldNode o: log.Add($"objfield {o.Name.Value}: input={info.InputType} parentInput={info.ParentInputType}"); break;
                case EnumValueNode e: log.Add($"enum {e.Value}: input={info.InputType} value={info.EnumValue?.Name}"); break;
                case DirectiveNode d: log.Add($"directive {d.Name.Value}: {info.Directive}"); break;
                case InlineFragmentNode: log.Add($"inline: type={info.Type}"); break;
            }
            return VisitorAction.Continue;
        }
    }

    [Fact]
    public void TypeInfoTracksTypesWhileWalking()
    {
        var info = new TypeInfo(Schema);
        var log = new List<string>();
        SyntaxWalker.Walk(Parser.Parse("{ pet(filter: {sizes: [SMALL, HUGE]}) { __typename name ... on Dog @include(if: true) { barks } } __schema { queryType { name } } unknown { x } }"),
            new TypeInfoVisitor(info, new Recorder(info, log)));
        Assert.Equal(new[]
        {
            "field pet: parent=Query type=Pet def=pet",
            "arg filter: input=Filter def=filter",
            "objfield sizes: input=[Size] parentInput=Filter",
            "enum SMALL: input=Size value=SMALL",
            "enum HUGE: input=Size value=",
            "field __typename: parent=Pet type=String! def=__typename",
            "field name: parent=Pet type=String def=name",
            "inline: type=Dog",
            "directive include: @include",
            "arg if: input=Boolean! def=if",
            "field barks: parent=Dog type=Boolean def=barks",
            "field __schema: parent=Query type=__Schema! def=__schema",
            "field queryType: parent=__Schema type=__Type! def=queryType",
            "field name: parent=__Type type=String def=name",
            "field unknown: parent=Query type= def=",
            "field x: parent= type= def=",
        }, log);
    }
}
