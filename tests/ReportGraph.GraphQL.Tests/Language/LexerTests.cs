using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Tests.Language;

public class LexerTests
{
    private static Token Lex(string text)
    {
        var lexer = new Lexer(new Source(text));
        return lexer.Advance();
    }

    private static List<Token> LexAll(string text)
    {
        var lexer = new Lexer(new Source(text));
        var tokens = new List<Token>();
        while (lexer.Advance().Kind != TokenKind.EndOfFile) tokens.Add(lexer.Token);
        return tokens;
    }

    private static GraphQLSyntaxException LexError(string text)
        => Assert.Throws<GraphQLSyntaxException>(() => LexAll(text));

    [Fact]
    public void SkipsIgnoredTokensAndTracksLinesAndColumns()
    {
        var tokens = LexAll("\uFEFF  # comment\r\n,,\tfoo\r  bar\n\n  baz");
        Assert.Equal(new[] { "foo", "bar", "baz" }, tokens.Select(t => t.Value));
        Assert.Equal((2, 4), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((3, 3), (tokens[1].Line, tokens[1].Column));
        Assert.Equal((5, 3), (tokens[2].Line, tokens[2].Column));
    }

    [Fact]
    public void ReadsEveryPunctuator()
    {
        var kinds = LexAll("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);
        Assert.Equal(new[]
        {
            TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenLeft, TokenKind.ParenRight, TokenKind.Spread,
            TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketLeft, TokenKind.BracketRight,
            TokenKind.BraceLeft, TokenKind.Pipe, TokenKind.BraceRight,
        }, kinds);
    }

    [Theory]
    [InlineData("4", TokenKind.Int, "4")]
    [InlineData("-4", TokenKind.Int, "-4")]
    [InlineData("0", TokenKind.Int, "0")]
    [InlineData("-0", TokenKind.Int, "-0")]
    [InlineData("4.123", TokenKind.Float, "4.123")]
    [InlineData("-4.123", TokenKind.Float, "-4.123")]
    [InlineData("0.123", TokenKind.Float, "0.123")]
    [InlineData("123e4", TokenKind.Float, "123e4")]
    [InlineData("123E-4", TokenKind.Float, "123E-4")]
    [InlineData("-1.123e+4", TokenKind.Float, "-1.123e+4")]
    public void ReadsNumbers(string text, TokenKind kind, string value)
    {
        var token = Lex(text);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 2)]
    public void RejectsBadNumbersWithTheLookaheadRules(string text, string message, int column)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(1, column), error.Location);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{00005678}\"", "unicode \u1234\u5678")]
    [InlineData("\"\\u{1F600} and \\uD83D\\uDE00\"", "\U0001F600 and \U0001F600")]
    [InlineData("\"literal \U0001F600\"", "literal \U0001F600")]
    public void ReadsStringsWithEscapes(string text, string value)
    {
        var token = Lex(text);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 2)]
    [InlineData("\"no end", "Unterminated string.", 8)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 6)]
    [InlineData("\"bad \\uD800 alone\"", "Invalid Unicode escape sequence: \"\\uD800\".", 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"contains \u0007 bell\"", "Invalid character within String: U+0007.", 11)]
    [InlineData("'single'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1)]
    [InlineData("?", "Unexpected character: \"?\".", 1)]
    [InlineData("\u203B", "Unexpected character: U+203B.", 1)]
    [InlineData("..", "Unexpected character: \".\".", 1)]
    public void RejectsBadStringsAndCharacters(string text, string message, int column)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(1, column), error.Location);
    }

    [Fact]
    public void BlockStringsAreDedentedAndKeepEscapedTripleQuotes()
    {
        var token = Lex("\"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL \\\"\"\" end.\n  \"\"\"");
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL \"\"\" end.", token.Value);
    }

    [Fact]
    public void BlockStringsKeepEscapesLiteralAndNormaliseLineEndings()
    {
        Assert.Equal("a \\n b\nc\nd", Lex("\"\"\"a \\n b\r\nc\rd\"\"\"").Value);
        Assert.Equal("", Lex("\"\"\"   \n  \n\"\"\"").Value);
    }

    [Fact]
    public void TokensAfterBlockStringsHaveTheRightLine()
    {
        var tokens = LexAll("\"\"\"\na\nb\n\"\"\" name");
        Assert.Equal((4, 5), (tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void UnterminatedBlockStringIsAnError()
    {
        var error = LexError("\"\"\"abc");
        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
    }

    [Fact]
    public void LookaheadDoesNotMove()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal("b", lexer.Advance().Value);
    }
}
