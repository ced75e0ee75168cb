namespace ReportGraph.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/>. The defaults keep a hostile document from exhausting memory, CPU or stack.</summary>
public sealed record ParserOptions
{
    /// <summary>The defaults.</summary>
    public static readonly ParserOptions Default = new();

    /// <summary>Maximum number of tokens (ignored tokens excluded); more aborts parsing. Null means unlimited.</summary>
    public int? MaxTokens { get; init; } = 15_000;

    /// <summary>Maximum document length in characters. Null means unlimited.</summary>
    public int? MaxDocumentLength { get; init; } = 1_000_000;

    /// <summary>Maximum nesting of selection sets, lists, objects and type wrappers; protects the stack of the recursive descent.</summary>
    public int MaxNestingDepth { get; init; } = 200;

    /// <summary>When true, nodes get no <see cref="Location"/> (saves memory when locations are not needed).</summary>
    public bool NoLocation { get; init; }
}
