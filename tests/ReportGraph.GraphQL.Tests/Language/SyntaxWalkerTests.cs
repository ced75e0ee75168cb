using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Tests.Language;

public class SyntaxWalkerTests
{
    private sealed class Recorder(string? skipField = null, string? breakAt = null) : SyntaxVisitor
    {
        public List<string> Events { get; } = new();

        public override VisitorAction Enter(SyntaxNode node, SyntaxWalkContext context)
        {
            Events.Add("enter " + Describe(node));
            if (node is FieldNode f && f.Name.Value == skipField) return VisitorAction.Skip;
            if (node is FieldNode g && g.Name.Value == breakAt) return VisitorAction.Break;
            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(SyntaxNode node, SyntaxWalkContext context)
        {
            Events.Add("leave " + Describe(node));
            return VisitorAction.Continue;
        }

        private static string Describe(SyntaxNode node) => node is NameNode n ? "Name:" + n.Value : node.Kind.ToString();
    }

    [Fact]
    public void VisitsInDocumentOrderWithEnterAndLeave()
    {
        var recorder = new Recorder();
        SyntaxWalker.Walk(Parser.Parse("{ a(x: 1) }"), recorder);
        Assert.Equal(new[]
        {
            "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name:a", "leave Name:a",
            "enter Argument", "enter Name:x", "leave Name:x", "enter IntValue", "leave IntValue", "leave Argument",
            "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
        }, recorder.Events);
    }

    [Fact]
    public void SkipAndBreakStopVisiting()
    {
        var skipper = new Recorder(skipField: "a");
        SyntaxWalker.Walk(Parser.Parse("{ a { b } c }"), skipper);
        Assert.DoesNotContain("enter Name:b", skipper.Events);
        Assert.Contains("enter Name:c", skipper.Events);

        var breaker = new Recorder(breakAt: "a");
        SyntaxWalker.Walk(Parser.Parse("{ a c }"), breaker);
        Assert.DoesNotContain("enter Name:c", breaker.Events);
    }

    [Fact]
    public void ParallelVisitorsSkipIndependently()
    {
        var skipper = new Recorder(skipField: "a");
        var full = new Recorder();
        SyntaxWalker.Walk(Parser.Parse("{ a { b } c }"), new ParallelVisitor(new[] { skipper, full }));
        Assert.DoesNotContain("enter Name:b", skipper.Events);
        Assert.DoesNotContain("leave Field", skipper.Events.Take(5));
        Assert.Contains("enter Name:c", skipper.Events);
        Assert.Contains("enter Name:b", full.Events);
    }

    [Fact]
    public void ContextGivesTheAncestors()
    {
        var parents = new List<SyntaxKind?>();
        SyntaxWalker.Walk(Parser.Parse("{ a }"), new ParentRecorder(parents));
        Assert.Equal(new SyntaxKind?[] { null, SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.SelectionSet, SyntaxKind.Field }, parents);
    }

    private sealed class ParentRecorder(List<SyntaxKind?> parents) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, SyntaxWalkContext context)
        {
            parents.Add(context.Parent?.Kind);
            return VisitorAction.Continue;
        }
    }
}
