namespace ReportGraph.GraphQL.Language;

/// <summary>The kinds of lexical tokens (spec §2.1.6 and §2.1.8).</summary>
public enum TokenKind
{
    /// <summary>Start of the source.</summary>
    StartOfFile,
    /// <summary>End of the source.</summary>
    EndOfFile,
    /// <summary>!</summary>
    Bang,
    /// <summary>$</summary>
    Dollar,
    /// <summary>&amp;</summary>
    Amp,
    /// <summary>(</summary>
    ParenLeft,
    /// <summary>)</summary>
    ParenRight,
    /// <summary>...</summary>
    Spread,
    /// <summary>:</summary>
    Colon,
    /// <summary>=</summary>
    Equals,
    /// <summary>@</summary>
    At,
    /// <summary>[</summary>
    BracketLeft,
    /// <summary>]</summary>
    BracketRight,
    /// <summary>{</summary>
    BraceLeft,
    /// <summary>|</summary>
    Pipe,
    /// <summary>}</summary>
    BraceRight,
    /// <summary>A name.</summary>
    Name,
    /// <summary>An integer literal.</summary>
    Int,
    /// <summary>A float literal.</summary>
    Float,
    /// <summary>A quoted string.</summary>
    String,
    /// <summary>A triple-quoted block string.</summary>
    BlockString,
}

/// <summary>Human-readable descriptions of token kinds, as graphql-js prints them in errors.</summary>
public static class TokenKindDescriptions
{
    /// <summary>Describes a kind: punctuators quoted (<c>"{"</c>), others by name (<c>Name</c>, <c>&lt;EOF&gt;</c>).</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenLeft => "\"(\"",
        TokenKind.ParenRight => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketLeft => "\"[\"",
        TokenKind.BracketRight => "\"]\"",
        TokenKind.BraceLeft => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceRight => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };
}
