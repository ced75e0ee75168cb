namespace ReportGraph.GraphQL.Language;

/// <summary>What a visitor asks the walker to do next.</summary>
public enum VisitorAction
{
    /// <summary>Go on into the node's children.</summary>
    Continue,
    /// <summary>Do not visit this node's children (only meaningful from Enter); Leave is not called for it.</summary>
    Skip,
    /// <summary>Stop walking altogether.</summary>
    Break,
}

/// <summary>A visitor with enter/leave callbacks, driven by <see cref="SyntaxWalker"/> (graphql-js <c>visit</c>).</summary>
public abstract class SyntaxVisitor
{
    /// <summary>Called before a node's children.</summary>
    public virtual VisitorAction Enter(SyntaxNode node, SyntaxWalkContext context) => VisitorAction.Continue;

    /// <summary>Called after a node's children.</summary>
    public virtual VisitorAction Leave(SyntaxNode node, SyntaxWalkContext context) => VisitorAction.Continue;
}

/// <summary>The walker's position: the ancestors of the current node, nearest last.</summary>
public sealed class SyntaxWalkContext
{
    internal readonly List<SyntaxNode> AncestorList = new();

    /// <summary>The ancestors of the node being visited, root first.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => AncestorList;

    /// <summary>The direct parent, or null at the root.</summary>
    public SyntaxNode? Parent => AncestorList.Count == 0 ? null : AncestorList[^1];
}

/// <summary>Walks a tree depth-first in document order, calling a visitor on enter and leave.</summary>
public static class SyntaxWalker
{
    /// <summary>Walks <paramref name="root"/> with <paramref name="visitor"/>.</summary>
    public static void Walk(SyntaxNode root, SyntaxVisitor visitor)
    {
        var context = new SyntaxWalkContext();
        Visit(root, visitor, context);
    }

    private static bool Visit(SyntaxNode node, SyntaxVisitor visitor, SyntaxWalkContext context)
    {
        var action = visitor.Enter(node, context);
        if (action == VisitorAction.Break) return false;
        if (action == VisitorAction.Skip) return true;
        context.AncestorList.Add(node);
        foreach (var child in node.GetChildren())
        {
            if (!Visit(child, visitor, context))
            {
                context.AncestorList.RemoveAt(context.AncestorList.Count - 1);
                return false;
            }
        }
        context.AncestorList.RemoveAt(context.AncestorList.Count - 1);
        return visitor.Leave(node, context) != VisitorAction.Break;
    }
}

/// <summary>
/// Runs several visitors in one walk (graphql-js <c>visitInParallel</c>): a visitor that skips a node is not called
/// again until the walk leaves that node; a visitor that breaks is not called again.
/// </summary>
public sealed class ParallelVisitor : SyntaxVisitor
{
    private readonly SyntaxVisitor[] _visitors;
    private readonly SyntaxNode?[] _skipping;
    private readonly bool[] _broken;

    /// <summary>Combines the visitors.</summary>
    public ParallelVisitor(IEnumerable<SyntaxVisitor> visitors)
    {
        _visitors = visitors.ToArray();
        _skipping = new SyntaxNode?[_visitors.Length];
        _broken = new bool[_visitors.Length];
    }

    /// <inheritdoc/>
    public override VisitorAction Enter(SyntaxNode node, SyntaxWalkContext context)
    {
        for (int i = 0; i < _visitors.Length; i++)
        {
            if (_broken[i] || _skipping[i] is not null) continue;
            var action = _visitors[i].Enter(node, context);
            if (action == VisitorAction.Skip) _skipping[i] = node;
            else if (action == VisitorAction.Break) _broken[i] = true;
        }
        return VisitorAction.Continue;
    }

    /// <inheritdoc/>
    public override VisitorAction Leave(SyntaxNode node, SyntaxWalkContext context)
    {
        for (int i = 0; i < _visitors.Length; i++)
        {
            if (_broken[i]) continue;
            if (_skipping[i] is not null)
            {
                if (ReferenceEquals(_skipping[i], node)) _skipping[i] = null;
                continue;
            }
            if (_visitors[i].Leave(node, context) == VisitorAction.Break) _broken[i] = true;
        }
        return VisitorAction.Continue;
    }
}
