using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Types;

public class TypeComparatorsTests
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
}
