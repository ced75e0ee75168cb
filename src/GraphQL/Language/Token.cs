namespace ReportGraph.GraphQL.Language;

/// <summary>One lexical token: its kind, its span in the source, where it starts, and its value for names, numbers and strings.</summary>
/// <param name="Kind">The kind of token.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
/// <param name="Value">The name, the number's text or the string's decoded value; null for punctuators.</param>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>Describes the token as graphql-js does in errors, e.g. <c>Name "foo"</c> or <c>&lt;EOF&gt;</c>.</summary>
    public string Describe() => Value is null
        ? TokenKindDescriptions.Describe(Kind)
        : $"{TokenKindDescriptions.Describe(Kind)} \"{Value}\"";
}
