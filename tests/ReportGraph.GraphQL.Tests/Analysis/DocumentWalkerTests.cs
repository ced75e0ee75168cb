using ReportGraph.GraphQL.Analysis;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Analysis;

/// <summary>The shared document walker: visiting order, fragments walked once each, and <see cref="TypeInfo"/> kept current.</summary>
public class DocumentWalkerTests
{
    private static readonly InterfaceType Pet = new InterfaceType("Pet").AddField(new FieldDefinition("name", Scalars.String));
    private static readonly ObjectType Dog = new ObjectType("Dog").Implements(Pet).AddField(new FieldDefinition("name", Scalars.String)).AddField(new FieldDefinition("barks", Scalars.Boolean));
    private static readonly ObjectType Human = new ObjectType("Human").AddField(new FieldDefinition("name", Scalars.String));
    private static readonly EnumType Size = new EnumType("Size").AddValue(new EnumValueDefinition("SMALL")).AddValue(new EnumValueDefinition("LARGE"));
    private static readonly InputObjectType Filter = new InputObjectType("Filter").AddField(new InputFieldDefinition("sizes", new ListType(Size)));

    private static readonly Schema Schema = new(new ObjectType("Query")
        .AddField(new FieldDefinition("pet", Pet).AddArgument(new ArgumentDefinition("filter", Filter)))
        .AddField(new FieldDefinition("human", Human)), types: new INamedType[] { Dog });

    private sealed class OrderRecorder : DocumentVisitor
    {
        public List<string> Events { get; } = new();
        public override void EnterOperationDefinition(OperationDefinitionNode node) => Events.Add("enter operation " + node.Name?.Value);
        public override void LeaveOperationDefinition(OperationDefinitionNode node) => Events.Add("leave operation " + node.Name?.Value);
        public override void EnterFragmentDefinition(FragmentDefinitionNode node) => Events.Add("enter fragment " + node.Name.Value);
        public override void LeaveFragmentDefinition(FragmentDefinitionNode node) => Events.Add("leave fragment " + node.Name.Value);
        public override void EnterVariableDefinition(VariableDefinitionNode node) => Events.Add("variable " + node.Variable.Name.Value);
        public override void EnterField(FieldNode node) => Events.Add("enter field " + node.Name.Value);
        public override void LeaveField(FieldNode node) => Events.Add("leave field " + node.Name.Value);
        public override void EnterArgument(ArgumentNode node) => Events.Add("argument " + node.Name.Value);
        public override void EnterValue(ValueNode node) => Events.Add("value " + node.Kind);
        public override void EnterDirective(DirectiveNode node) => Events.Add("directive " + node.Name.Value);
        public override void EnterFragmentSpread(FragmentSpreadNode node) => Events.Add("spread " + node.Name.Value);
    }

    [Fact]
    public void VisitsInDocumentOrderAndWalksEachFragmentOnceWithoutFollowingSpreads()
    {
        var recorder = new OrderRecorder();
        new DocumentWalker(new TypeInfo(Schema), new DocumentVisitor[] { recorder })
            .WalkDocument(Parser.Parse("query Q($v: Int = 1) { human @include(if: $v) { ...F } pet { ...F } } fragment F on Human { name }"));
        Assert.Equal(new[]
        {
            "enter operation Q", "variable v", "value IntValue",
            "enter field human", "directive include", "argument if", "value Variable", "spread F", "leave field human",
            "enter field pet", "spread F", "leave field pet", "leave operation Q",
            "enter fragment F", "enter field name", "leave field name", "leave fragment F",
        }, recorder.Events);
    }

    private sealed class TypeRecorder(TypeInfo info, List<string> log) : DocumentVisitor
    {
        public override void EnterField(FieldNode f) => log.Add($"field {f.Name.Value}: parent={info.ParentType} type={info.Type} def={info.FieldDefinition?.Name}");
        public override void EnterArgument(ArgumentNode a) => log.Add($"arg {a.Name.Value}: input={info.InputType} def={info.Argument?.Name}");
        public override void EnterObjectField(ObjectFieldNode o) => log.Add($"objfield {o.Name.Value}: input={info.InputType} parentInput={info.ParentInputType}");
        public override void EnterDirective(DirectiveNode d) => log.Add($"directive {d.Name.Value}: {info.Directive}");
        public override void EnterInlineFragment(InlineFragmentNode node) => log.Add($"inline: type={info.Type}");

        public override void EnterValue(ValueNode node)
        {
            if (node is EnumValueNode e) log.Add($"enum {e.Value}: input={info.InputType} value={info.EnumValue?.Name}");
        }
    }

    [Fact]
    public void TypeInfoTracksTypesWhileWalking()
    {
        var info = new TypeInfo(Schema);
        var log = new List<string>();
        new DocumentWalker(info, new DocumentVisitor[] { new TypeRecorder(info, log) })
            .WalkDocument(Parser.Parse("{ pet(filter: {sizes: [SMALL, HUGE]}) { __typename name ... on Dog @include(if: true) { barks } } __schema { queryType { name } } unknown { x } }"));
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
