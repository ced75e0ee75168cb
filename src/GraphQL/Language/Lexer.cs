using System.Globalization;
using System.Text;

namespace ReportGraph.GraphQL.Language;

/// <summary>
/// Reads tokens from a source (spec §2.1). Ignored tokens (white space, line terminators, commas,
/// comments, the byte order mark) are skipped. Errors are <see cref="GraphQLSyntaxException"/> with graphql-js messages.
/// </summary>
public sealed class Lexer
{
    private readonly Source _source;
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    /// <summary>Creates a lexer positioned before the first token (the current token is <see cref="TokenKind.StartOfFile"/>).</summary>
    public Lexer(Source source)
    {
        _source = source;
        _body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1, null);
    }

    /// <summary>The source being read.</summary>
    public Source Source => _source;

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>The token before the current one (used for node end offsets).</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next token and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        if (Token.Kind != TokenKind.EndOfFile) Token = ReadToken();
        return Token;
    }

    /// <summary>Returns the token after the current one without moving.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EndOfFile) return Token;
        int p = _position, l = _line, ls = _lineStart;
        var next = ReadToken();
        _position = p; _line = l; _lineStart = ls;
        return next;
    }

    private GraphQLSyntaxException Error(int position, string description) => new(_source, position, description);

    private Token Make(TokenKind kind, int start, int end, string? value = null)
        => new(kind, start, end, _line, start - _lineStart + 1, value);

    private Token ReadToken()
    {
        var body = _body;
        int length = body.Length;
        int position = _position;
        // Skip ignored tokens with locals only (this loop sees most characters of indented documents).
        while (position < length)
        {
            char c = body[position];
            if (c == ' ' || c == '\t' || c == ',' || c == '\uFEFF')
            {
                position++;
                continue;
            }
            if (c == '\n')
            {
                position++;
                _line++;
                _lineStart = position;
                continue;
            }
            if (c == '\r')
            {
                position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                _line++;
                _lineStart = position;
                continue;
            }
            if (c == '#')
            {
                position++;
                while (position < length && body[position] != '\n' && body[position] != '\r') position++;
                continue;
            }
            break;
        }
        _position = position;
        if (position < length)
        {
            char c = body[position];
            int start = _position;
            TokenKind? punct = c switch
            {
                '!' => TokenKind.Bang,
                '$' => TokenKind.Dollar,
                '&' => TokenKind.Amp,
                '(' => TokenKind.ParenLeft,
                ')' => TokenKind.ParenRight,
                ':' => TokenKind.Colon,
                '=' => TokenKind.Equals,
                '@' => TokenKind.At,
                '[' => TokenKind.BracketLeft,
                ']' => TokenKind.BracketRight,
                '{' => TokenKind.BraceLeft,
                '|' => TokenKind.Pipe,
                '}' => TokenKind.BraceRight,
                _ => null,
            };
            if (punct is { } kind)
            {
                _position++;
                return Make(kind, start, _position);
            }
            if (c == '.')
            {
                if (_position + 2 < length + 0 && body[_position + 1] == '.' && body[_position + 2] == '.')
                {
                    _position += 3;
                    return Make(TokenKind.Spread, start, _position);
                }
                throw Error(_position, "Unexpected character: \".\".");
            }
            if (IsNameStart(c)) return ReadName(start);
            if (c == '-' || IsDigit(c)) return ReadNumber(start);
            if (c == '"')
            {
                if (_position + 2 < length && body[_position + 1] == '"' && body[_position + 2] == '"')
                    return ReadBlockString(start);
                return ReadString(start);
            }
            if (c == '\'')
                throw Error(_position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
            throw Error(_position, "Unexpected character: " + PrintCodePointAt(_position) + ".");
        }
        return Make(TokenKind.EndOfFile, length, length);
    }

    private static bool IsNameStart(char c) => c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    private static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);
    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private Token ReadName(int start)
    {
        int p = start + 1;
        while (p < _body.Length && IsNameContinue(_body[p])) p++;
        _position = p;
        return Make(TokenKind.Name, start, p, _body.Substring(start, p - start));
    }

    private Token ReadNumber(int start)
    {
        var body = _body;
        int p = start;
        bool isFloat = false;
        char c = CharAt(p);
        if (c == '-') c = CharAt(++p);
        if (c == '0')
        {
            c = CharAt(++p);
            if (IsDigit(c))
                throw Error(p, "Invalid number, unexpected digit after 0: " + PrintCodePointAt(p) + ".");
        }
        else
        {
            p = ReadDigits(p);
            c = CharAt(p);
        }
        if (c == '.')
        {
            isFloat = true;
            p = ReadDigits(p + 1);
            c = CharAt(p);
        }
        if (c == 'E' || c == 'e')
        {
            isFloat = true;
            c = CharAt(++p);
            if (c == '+' || c == '-') p++;
            p = ReadDigits(p);
            c = CharAt(p);
        }
        // Numbers must not be directly followed by a dot or a name start (spec §2.1.8 lookahead restriction).
        if (c == '.' || IsNameStart(c))
            throw Error(p, "Invalid number, expected digit but got: " + PrintCodePointAt(p) + ".");
        _position = p;
        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, p, body.Substring(start, p - start));
    }

    private int ReadDigits(int p)
    {
        if (!IsDigit(CharAt(p)))
            throw Error(p, "Invalid number, expected digit but got: " + PrintCodePointAt(p) + ".");
        while (IsDigit(CharAt(p))) p++;
        return p;
    }

    private char CharAt(int p) => p < _body.Length ? _body[p] : '\0';

    private string PrintCodePointAt(int p)
    {
        if (p >= _body.Length) return "<EOF>";
        char c = _body[p];
        if (c >= 0x20 && c <= 0x7E) return c == '"' ? "'\"'" : "\"" + c + "\"";
        int code = c;
        if (char.IsHighSurrogate(c) && p + 1 < _body.Length && char.IsLowSurrogate(_body[p + 1]))
            code = char.ConvertToUtf32(c, _body[p + 1]);
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private static bool IsUnicodeScalar(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    private Token ReadString(int start)
    {
        var body = _body;
        int p = start + 1;
        int chunkStart = p;
        StringBuilder? sb = null;
        while (p < body.Length)
        {
            char c = body[p];
            if (c == '"')
            {
                string value;
                if (sb is null)
                {
                    value = body.Substring(chunkStart, p - chunkStart);
                }
                else { sb.Append(body, chunkStart, p - chunkStart); value = sb.ToString(); }
                _position = p + 1;
                return Make(TokenKind.String, start, p + 1, value);
            }
            if (c == '\\')
            {
                sb ??= new StringBuilder();
                sb.Append(body, chunkStart, p - chunkStart);
                p = ReadEscape(p, sb);
                chunkStart = p;
                continue;
            }
            if (c == '\n' || c == '\r') break;
            if (char.IsHighSurrogate(c) && p + 1 < body.Length && char.IsLowSurrogate(body[p + 1])) { p += 2; continue; }
            if (char.IsSurrogate(c) || (c < 0x20 && c != '\t'))
                throw Error(p, "Invalid character within String: " + PrintCodePointAt(p) + ".");
            p++;
        }
        throw Error(p, "Unterminated string.");
    }

    private int ReadEscape(int p, StringBuilder sb)
    {
        var body = _body;
        char e = CharAt(p + 1);
        switch (e)
        {
            case '"': sb.Append('"'); return p + 2;
            case '\\': sb.Append('\\'); return p + 2;
            case '/': sb.Append('/'); return p + 2;
            case 'b': sb.Append('\b'); return p + 2;
            case 'f': sb.Append('\f'); return p + 2;
            case 'n': sb.Append('\n'); return p + 2;
            case 'r': sb.Append('\r'); return p + 2;
            case 't': sb.Append('\t'); return p + 2;
            case 'u':
                if (CharAt(p + 2) == '{') return ReadVariableWidthEscape(p, sb);
                return ReadFixedWidthEscape(p, sb);
        }
        int end = Math.Min(p + 2, body.Length);
        throw Error(p, string.Concat("Invalid character escape sequence: \"", body.AsSpan(p, end - p), "\"."));
    }

    private int ReadVariableWidthEscape(int p, StringBuilder sb)
    {
        var body = _body;
        int point = 0;
        int size = 3;
        // Up to 12 characters: \u{ + at most 8 hex digits + }.
        while (size < 12)
        {
            char c = CharAt(p + size++);
            if (c == '}')
            {
                if (size < 5 || !IsUnicodeScalar(point)) break;
                sb.Append(char.ConvertFromUtf32(point));
                return p + size;
            }
            int h = HexValue(c);
            point = h < 0 ? -1 : (point << 4) | h;
            if (point < 0) break;
        }
        int end = Math.Min(p + size, body.Length);
        throw Error(p, string.Concat("Invalid Unicode escape sequence: \"", body.AsSpan(p, end - p), "\"."));
    }

    private int ReadFixedWidthEscape(int p, StringBuilder sb)
    {
        var body = _body;
        int code = Read16(p + 2);
        if (code >= 0 && IsUnicodeScalar(code))
        {
            sb.Append((char)code);
            return p + 6;
        }
        // A high surrogate escape followed by a low surrogate escape forms one supplementary code point.
        if (code >= 0xD800 && code <= 0xDBFF && CharAt(p + 6) == '\\' && CharAt(p + 7) == 'u')
        {
            int trailing = Read16(p + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                sb.Append((char)code).Append((char)trailing);
                return p + 12;
            }
        }
        int end = Math.Min(p + 6, body.Length);
        throw Error(p, string.Concat("Invalid Unicode escape sequence: \"", body.AsSpan(p, end - p), "\"."));
    }

    private int Read16(int p)
    {
        int a = HexValue(CharAt(p)), b = HexValue(CharAt(p + 1)), c = HexValue(CharAt(p + 2)), d = HexValue(CharAt(p + 3));
        if ((a | b | c | d) < 0) return -1;
        return (a << 12) | (b << 8) | (c << 4) | d;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private Token ReadBlockString(int start)
    {
        var body = _body;
        int p = start + 3;
        int lineStart = _line;
        int tokenColumn = start - _lineStart + 1;
        int chunkStart = p;
        var current = new StringBuilder();
        var lines = new List<string>();
        while (p < body.Length)
        {
            char c = body[p];
            if (c == '"' && CharAt(p + 1) == '"' && CharAt(p + 2) == '"')
            {
                current.Append(body, chunkStart, p - chunkStart);
                lines.Add(current.ToString());
                _position = p + 3;
                return new Token(TokenKind.BlockString, start, p + 3, lineStart, tokenColumn,
                    string.Join('\n', BlockStrings.DedentLines(lines)));
            }
            if (c == '\\' && CharAt(p + 1) == '"' && CharAt(p + 2) == '"' && CharAt(p + 3) == '"')
            {
                current.Append(body, chunkStart, p - chunkStart).Append("\"\"\"");
                p += 4;
                chunkStart = p;
                continue;
            }
            if (c == '\n' || c == '\r')
            {
                current.Append(body, chunkStart, p - chunkStart);
                lines.Add(current.ToString());
                current.Clear();
                p += c == '\r' && CharAt(p + 1) == '\n' ? 2 : 1;
                chunkStart = p;
                _line++;
                _lineStart = p;
                continue;
            }
            if (char.IsHighSurrogate(c) && p + 1 < body.Length && char.IsLowSurrogate(body[p + 1])) { p += 2; continue; }
            if (char.IsSurrogate(c) || (c < 0x20 && c != '\t'))
                throw Error(p, "Invalid character within String: " + PrintCodePointAt(p) + ".");
            p++;
        }
        throw Error(p, "Unterminated string.");
    }
}
