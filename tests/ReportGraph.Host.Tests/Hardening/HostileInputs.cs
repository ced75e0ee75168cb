using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace ReportGraph.Host.Tests.Hardening;

/// <summary>One hostile request: a name for the report and a factory (a request message can be sent only once).</summary>
public sealed record HostileRequest(string Name, Func<HttpRequestMessage> Create);

/// <summary>
/// The hostile-input corpus against the host's real schema and endpoint (issue #10 items 1 and 5): generated
/// documents (fragment bombs, wide, deep, long, many), raw bodies (bad UTF-8, bad JSON, wrong content types,
/// oversized), bad query strings on GET and hand-written cases from the attack notes.
/// </summary>
public static class HostileInputs
{
    private const string Me = "{ me { email } }";

    public static IEnumerable<HostileRequest> All() =>
        Documents().Select(d => Post("document: " + d.Name, d.Query))
            .Concat(HugeVariables())
            .Concat(BadUtf8())
            .Concat(BadJson())
            .Concat(WrongContentTypes())
            .Concat(Oversized())
            .Concat(BadGets())
            .Concat(OtherMethodsAndAccepts());

    /// <summary>GraphQL documents, generated and hand-written.</summary>
    public static IEnumerable<(string Name, string Query)> Documents()
    {
        for (var n = 1; n <= 64; n++) yield return ($"chained fragments n={n}", ChainedFragments(n, "Query", "__typename me { email }", "{ ...F0 }"));
        foreach (var n in new[] { 4, 8, 16, 24, 32, 48, 64 })
        {
            yield return ($"chained fragments on User n={n}", ChainedFragments(n, "User", "email name", "{ me { ...F0 } }"));
            yield return ($"chained fragments with schedules n={n}", ChainedFragments(n, "Query", "schedules { nodes { id name recipients { email } } }", "{ ...F0 }"));
            yield return ($"chained fragments under aliases n={n}", ChainedFragments(n, "Query", "__typename", "{ a: __typename ...F0 b: me { email } }"));
            yield return ($"introspection behind chain n={n}", ChainedFragments(n, "Query", "__schema { types { name fields { name } } }", "{ ...F0 }"));
        }

        for (var n = 1; n <= 16; n++) yield return ($"fragment cycle n={n}", FragmentCycle(n));
        foreach (var n in new[] { 10, 100, 1_000, 3_000, 6_000 })
        {
            yield return ($"wide aliases n={n}", "{ " + Repeat(n, i => $"a{i}: me {{ email }} ") + "}");
            yield return ($"wide schedule aliases n={n}", "{ " + Repeat(n, i => $"s{i}: schedules(first: 100) {{ nodes {{ id }} }} ") + "}");
            yield return ($"same-name fields n={n}", "{ " + Repeat(n, _ => "me { email } ") + "}");
            yield return ($"conflicting same-name fields n={n}", "{ " + Repeat(n, i => i % 2 == 0 ? "me { email } " : "me: reportTypes { key } ") + "}");
            yield return ($"many operations n={n}", Repeat(n, i => $"query Q{i} {{ __typename }} "));
            yield return ($"many variables n={n}", "query(" + Repeat(n, i => $"$v{i}: Int ") + ") { __typename }");
            yield return ($"repeated directives n={n}", "{ __typename " + Repeat(n, _ => "@include(if: true) ") + "}");
            yield return ($"many fragments n={n}", "{ __typename } " + Repeat(n, i => $"fragment U{i} on Query {{ __typename }} "));
        }

        foreach (var levels in new[] { 5, 13, 50, 200, 1_000, 5_000 })
        {
            yield return ($"deep selection {levels}", Nest(levels, "me { ", "email", " }"));
            yield return ($"deep valid-type selection {levels}", "{ " + Nest(levels, "schedules { nodes { owner { ", "email", " } } }") + " }");
            yield return ($"deep list value {levels}", $"{{ reportType(key: {new string('[', levels)}\"x\"{new string(']', levels)}) {{ key }} }}");
            yield return ($"deep object value {levels}", $"{{ node(id: {Nest(levels, "{ a: ", "1", " }")}) {{ id }} }}");
            yield return ($"deep filter input {levels}", $"{{ schedules(where: {Nest(levels, "{ and: [", "{ name: { eq: \"x\" } }", "] }")}) {{ nodes {{ id }} }} }}");
            yield return ($"deep variable type {levels}", $"query($v: {new string('[', levels)}Int{new string(']', levels)}) {{ __typename }}");
            yield return ($"deep parentheses in default {levels}", $"query($v: Int = {new string('[', levels)}) {{ __typename }}");
        }

        foreach (var length in new[] { 1_000, 30_000, 65_000, 70_000, 300_000, 900_000 })
        {
            yield return ($"long string {length}", $"{{ reportType(key: \"{new string('x', length)}\") {{ key }} }}");
            yield return ($"long block string {length}", $"{{ reportType(key: \"\"\"{new string('y', length)}\"\"\") {{ key }} }}");
            yield return ($"long name {length}", $"{{ {new string('f', length)} }}");
            yield return ($"long comment {length}", "#" + new string('c', length) + "\n" + Me);
            yield return ($"escapes {length}", $"{{ reportType(key: \"{Repeat(length / 6, _ => "\\u00e9")}\") {{ key }} }}");
        }

        foreach (var (name, query) in HandWritten()) yield return ("hand-written " + name, query);
    }

    private static IEnumerable<(string, string)> HandWritten()
    {
        yield return ("empty", "");
        yield return ("whitespace", "   \n\t  ");
        yield return ("open brace", "{");
        yield return ("close brace", "}");
        yield return ("unclosed selection", "{ me { email }");
        yield return ("dangling directive", "query @ { me { email } }");
        yield return ("self-spreading fragment", "{ ...F } fragment F on Query { ...F }");
        yield return ("unknown fragment", "{ ...Nope }");
        yield return ("fragment on scalar", "{ ...F } fragment F on String { length }");
        yield return ("introspection type chain", "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }");
        yield return ("introspection wide", "{ " + Repeat(500, i => $"s{i}: __schema {{ types {{ name }} }} ") + "}");
        yield return ("subscription over POST", "subscription { executionProgress(executionId: \"RXhlY3V0aW9uOjE=\") { status } }");
        yield return ("two anonymous operations", "{ me { email } } { me { name } }");
        yield return ("node with empty id", "{ node(id: \"\") { id } }");
        yield return ("node with NUL id", "{ node(id: \"\\u0000\") { id } }");
        yield return ("node with base64 junk", "{ node(id: \"////\") { id } }");
        yield return ("node with huge id", $"{{ node(id: \"{new string('A', 60_000)}\") {{ id }} }}");
        yield return ("nodes with many ids", $"{{ nodes(ids: [{Repeat(5_000, _ => "\"U2NoZWR1bGU6MQ==\",")}]) {{ id }} }}");
        yield return ("schedules first max", "{ schedules(first: 2147483647) { nodes { id } } }");
        yield return ("schedules first overflow", "{ schedules(first: 99999999999999999999) { nodes { id } } }");
        yield return ("schedules first negative", "{ schedules(first: -1) { nodes { id } } }");
        yield return ("schedules bad cursor", "{ schedules(first: 5, after: \"not-a-cursor\") { nodes { id } } }");
        yield return ("executions bad date", "{ executions(from: \"yesterday-ish\") { nodes { id } } }");
        yield return ("executions huge date", "{ executions(from: \"99999-12-31T00:00:00Z\") { nodes { id } } }");
        yield return ("report type path", "{ reportType(key: \"../../../etc/passwd\") { key } }");
        yield return ("sign-in long password", $"mutation {{ signIn(input: {{ email: \"nobody@example.org\", password: \"{new string('p', 60_000)}\" }}) {{ errors {{ code }} }} }}");
        yield return ("sign-in long email", $"mutation {{ signIn(input: {{ email: \"{new string('e', 60_000)}@example.org\", password: \"x\" }}) {{ errors {{ code }} }} }}");
        yield return ("create schedule with too many recipients", "mutation { createSchedule(input: { name: \"x\", reportType: \"tutor-weekly\", recurrence: { kind: CRON, cronExpression: \"0/1 * * * * ?\" }, timeZone: \"Europe/Berlin\", formats: [CSV], recipients: [" + Repeat(1_200, i => $"{{ email: \"r{i}@example.org\", displayName: \"\\\"Eve, <eve@evil.com>\\\"\" }},") + "] }) { errors { code path } } }");
        yield return ("create schedule with bad cron", "mutation { createSchedule(input: { name: \"x\", reportType: \"tutor-weekly\", recurrence: { kind: CRON, cronExpression: \"" + Repeat(500, _ => "1,") + "1 * * * * ?\" }, timeZone: \"Europe/Berlin\", formats: [CSV], recipients: [{ email: \"a@example.org\" }] }) { errors { code path } } }");
        yield return ("create schedule with odd time zone", "mutation { createSchedule(input: { name: \"x\", reportType: \"tutor-weekly\", recurrence: { kind: DAILY, timeOfDay: \"08:00\" }, timeZone: \"../../etc/localtime\", formats: [CSV], recipients: [{ email: \"a@example.org\" }] }) { errors { code path } } }");
        yield return ("many mutations", "mutation { " + Repeat(100, i => $"k{i}: createApiKey(input: {{ name: \"k{i}\" }}) {{ secret }} ") + "}");
        // (signOut is left out: it would end the member's session for the rest of the corpus.)
        yield return ("signIn twice", "mutation { a: signIn(input: { email: \"x@example.org\", password: \"y\" }) { errors { code } } b: signIn(input: { email: \"x@example.org\", password: \"y\" }) { errors { code } } }");
        yield return ("unsubscribe junk token", $"mutation {{ unsubscribe(input: {{ token: \"{new string('t', 10_000)}\" }}) {{ errors {{ code }} }} }}");
        yield return ("download link junk token", $"{{ downloadLink(token: \"{new string('t', 10_000)}\") {{ status }} }}");
        yield return ("operation name mismatch", "query A { me { email } } query B { me { name } }");
        yield return ("variables of wrong type", "query($id: ID!) { node(id: $id) { id } }");
        yield return ("unused variable bomb", "query(" + Repeat(2_000, i => $"$u{i}: [[[[Int]]]] = [[[[1]]]] ") + ") { __typename }");
        yield return ("skip and include everywhere", "{ " + Repeat(2_000, i => $"a{i}: __typename @skip(if: true) @include(if: false) ") + "}");
        yield return ("unicode names", "{ mé { émail } }");
        yield return ("BOM inside document", "\uFEFF{ me { email } }");
        yield return ("NUL inside document", "{ me \u0000 { email } }");
        yield return ("lone surrogate in string", "{ reportType(key: \"\\ud800\") { key } }");
        yield return ("block string of quotes", "{ reportType(key: \"\"\"" + Repeat(10_000, _ => "\\\"\"\"") + "\"\"\") { key } }");
        yield return ("numbers galore", "{ schedules(first: " + new string('9', 50_000) + ") { nodes { id } } }");
        yield return ("float exponent", "{ schedules(first: 1e999999999) { nodes { id } } }");
        yield return ("deep fragment inline", Nest(500, "{ ... on Query ", "{ __typename }", " }"));
        yield return ("deep inline fragments on type", "{ me " + Nest(2_000, "{ ... on User ", "{ email }", " }") + " }");
    }

    private static IEnumerable<HostileRequest> HugeVariables()
    {
        const string query = "query($id: ID!) { node(id: $id) { id } }";
        foreach (var n in new[] { 1_000, 50_000 })
        {
            yield return Raw($"variables with {n} keys", "{\"query\":\"" + query + "\",\"variables\":{" + string.Join(",", Enumerable.Range(0, n).Select(i => $"\"v{i}\":{i}")) + ",\"id\":\"x\"}}");
            yield return Raw($"variable as array of {n}", "{\"query\":\"" + query + "\",\"variables\":{\"id\":[" + string.Join(",", Enumerable.Range(0, n)) + "]}}");
        }

        foreach (var levels in new[] { 64, 65, 1_000, 100_000 })
        {
            yield return Raw($"variable nested {levels} deep", "{\"query\":\"" + query + "\",\"variables\":{\"id\":" + new string('[', levels) + new string(']', levels) + "}}");
            yield return Raw($"variables object nested {levels} deep", "{\"query\":\"" + query + "\",\"variables\":" + Nest(levels, "{\"a\":", "1", "}") + "}");
        }

        yield return Raw("variable huge string", "{\"query\":\"" + query + "\",\"variables\":{\"id\":\"" + new string('i', 900_000) + "\"}}");
        yield return Raw("variables as string", "{\"query\":\"" + query + "\",\"variables\":\"{}\"}");
        yield return Raw("variables as array", "{\"query\":\"" + query + "\",\"variables\":[1,2]}");
        yield return Raw("variables as number", "{\"query\":\"" + query + "\",\"variables\":1e400}");
        yield return Raw("filter variable deep", "{\"query\":\"query($w: ScheduleFilterInput) { schedules(where: $w) { nodes { id } } }\",\"variables\":{\"w\":" + Nest(2_000, "{\"and\":[", "{}", "]}") + "}}");
        yield return Raw("input object with 10000 unknown fields", "{\"query\":\"mutation($i: SignInInput!) { signIn(input: $i) { errors { code } } }\",\"variables\":{\"i\":{" + string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"\"f{i}\":1")) + "}}}");
        yield return Raw("extensions nested deep", "{\"query\":\"{ __typename }\",\"extensions\":" + Nest(5_000, "{\"a\":", "1", "}") + "}");
        yield return Raw("persisted query hash only", "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + new string('0', 64) + "\"}}}");
    }

    private static IEnumerable<HostileRequest> BadUtf8()
    {
        var sequences = new (string Name, byte[] Bytes)[]
        {
            ("0xFF", [0xFF]), ("0xFE 0xFF", [0xFE, 0xFF]), ("overlong slash", [0xC0, 0xAF]), ("overlong NUL", [0xC0, 0x80]),
            ("surrogate half", [0xED, 0xA0, 0x80]), ("truncated 2-byte", [0xC3]), ("truncated 3-byte", [0xE2, 0x82]),
            ("truncated 4-byte", [0xF0, 0x9F, 0x98]), ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]), ("5-byte form", [0xF8, 0x88, 0x80, 0x80, 0x80]),
            ("lone continuation", [0x80]), ("latin-1 e-acute", [0xE9]),
        };
        foreach (var (name, bytes) in sequences)
        {
            yield return Bytes($"bad UTF-8 {name} in query", Concat("{\"query\":\"{ reportType(key: \\\"", bytes, "\\\") { key } }\"}"));
            yield return Bytes($"bad UTF-8 {name} in a key", Concat("{\"que", bytes, "ry\":\"{ __typename }\"}"));
            yield return Bytes($"bad UTF-8 {name} at the end", Concat("{\"query\":\"{ __typename }\"}", bytes, ""));
        }

        yield return Bytes("UTF-16 body", Encoding.Unicode.GetBytes("{\"query\":\"{ __typename }\"}"));
        yield return Bytes("UTF-32 body", Encoding.UTF32.GetBytes("{\"query\":\"{ __typename }\"}"));
        yield return Bytes("BOM then JSON", Concat("", [0xEF, 0xBB, 0xBF], "{\"query\":\"{ __typename }\"}"));
        yield return Bytes("NUL bytes", Concat("{\"query\":\"{ __typename }\"", new byte[1000], "}"));
    }

    private static IEnumerable<HostileRequest> BadJson()
    {
        string[] bodies =
        [
            "", " ", "{", "}", "[]", "[{\"query\":\"{ __typename }\"}]", "null", "true", "\"{ __typename }\"", "123",
            "{\"query\":1}", "{\"query\":null}", "{\"query\":[\"{ __typename }\"]}", "{\"query\":{}}", "{\"Query\":\"{ __typename }\"}",
            "{\"query\":\"{ __typename }\"} trailing", "{\"query\":\"{ __typename }\"}{\"query\":\"{ __typename }\"}",
            "{\"query\":\"{ __typename }\",\"query\":\"{ me { email } }\"}", "{\"query\":\"{ __typename }\",}", "{'query':'{ __typename }'}",
            "{query:\"{ __typename }\"}", "{\"query\":\"{ __typename }\" /* c */}", "// c\n{\"query\":\"{ __typename }\"}",
            "{\"query\":\"{ __typename }\",\"operationName\":42}", "{\"query\":\"{ __typename }\",\"operationName\":\"\"}",
            "{\"query\":\"{ __typename }\",\"extensions\":\"x\"}", "{\"query\":\"\\ud800\"}", "{\"\\udc00\":1,\"query\":\"{ __typename }\"}",
            "{\"query\":\"{ __typename }\",\"variables\":{\"a\":\"\\ud800x\"}}", "{\"query\":\"\\u00\"}", "{\"query\":\"\\x41\"}",
            "{\"query\":\"line\nbreak\"}", "{\"query\":\"{ __typename }\",\"variables\":NaN}", "{\"query\":\"{ __typename }\",\"variables\":{\"a\":Infinity}}",
            "{\"query\":\"{ __typename }\",\"variables\":{\"a\":1e99999}}", "{\"query\":\"{ __typename }\",\"variables\":{\"a\":-0}}",
            new string('[', 100_000), new string(' ', 900_000) + "{\"query\":\"{ __typename }\"}", "{\"query\":\"" + new string('\\', 2) + "\"}",
            "{\"query\":\"{ __typename }\"," + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"x{i}\":{i}")) + "}",
        ];
        for (var i = 0; i < bodies.Length; i++) yield return Raw($"bad JSON #{i}: {Preview(bodies[i])}", bodies[i]);
    }

    private static IEnumerable<HostileRequest> WrongContentTypes()
    {
        string?[] types =
        [
            null, "text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/graphql", "application/json; charset=iso-8859-1", "application/json; charset=utf-16", "application/jsonx",
            "application/graphql-response+json", "*/*", "application/*", "application/json; charset=\"utf-8\"; q=0.5; x=" + new string('y', 5_000),
            "application/json;;;", "application/json; charset=", "image/png", "application/xml",
        ];
        foreach (var type in types)
        {
            yield return new($"content type {Preview(type ?? "(none)")}", () =>
            {
                var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"query\":\"{ me { email } }\"}"));
                if (type is not null) content.Headers.TryAddWithoutValidation("Content-Type", type);
                return new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
            });
        }

        yield return new("form body with form content type", () => new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new FormUrlEncodedContent([new("query", "mutation { signOut { errors { code } } }")]),
        });
    }

    private static IEnumerable<HostileRequest> Oversized()
    {
        yield return Raw("body just over 1 MB", "{\"query\":\"{ __typename }\",\"x\":\"" + new string('x', 1024 * 1024) + "\"}");
        yield return Raw("body of 4 MB", "{\"query\":\"" + new string(' ', 4 * 1024 * 1024) + "{ __typename }\"}");
        yield return new("chunked body of 3 MB without length", () => new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"query\":\"" + new string('z', 3 * 1024 * 1024) + "\"}")))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
            },
        });
        yield return Post("document over 64 KB", "{ __typename " + new string(' ', 70 * 1024) + "}");
    }

    private static IEnumerable<HostileRequest> BadGets()
    {
        string[] queries =
        [
            "", "?", "?query=", "?query", "?query=%FF%FE", "?query=%C0%AF", "?query=%", "?query=%G1", "?query={me{email}}&variables=nope",
            "?query={me{email}}&variables=[]", "?query={me{email}}&variables=" + Uri.EscapeDataString(new string('[', 10_000)),
            "?query={me{email}}&operationName=", "?query={me{email}}&operationName=Nope", "?query=mutation{signOut{errors{code}}}",
            "?query={me{email}}&query={me{name}}", "?query={me{email}}&extensions=1", "?query={me{email}}&extensions=" + Uri.EscapeDataString("{\"a\":"),
            "?query=" + Uri.EscapeDataString(ChainedFragments(64, "Query", "__typename", "{ ...F0 }")), "?query=" + new string('q', 100_000),
            "?query=%00", "?query=" + Uri.EscapeDataString("subscription { executionProgress(executionId: \"x\") { status } }"),
            "?sdl", "?sdl&query={me{email}}", "?query=" + Uri.EscapeDataString("{ " + Repeat(3_000, i => $"a{i}: me {{ email }} ") + "}"),
            "?variables={}", "?" + string.Join("&", Enumerable.Range(0, 5_000).Select(i => $"p{i}=1")), "?query=" + Uri.EscapeDataString(Nest(3_000, "{ me ", "{ email }", " }")),
            "?query[]=x", "?query={me{email}}&variables=" + Uri.EscapeDataString("{\"a\":\"\\ud800\"}"), "?query=%7B%20me%20%7B%20email%20%7D%20%7D&variables=%7B%22a%22%3A1e99999%7D",
        ];
        foreach (var q in queries)
        {
            yield return new($"GET {Preview(q)}", () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + q);
                request.Headers.Accept.ParseAdd("application/graphql-response+json");
                return request;
            });
        }

        yield return new("GET with event-stream and a bomb", () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(ChainedFragments(40, "Query", "__typename", "{ ...F0 }")));
            request.Headers.Accept.ParseAdd("text/event-stream");
            return request;
        });
    }

    private static IEnumerable<HostileRequest> OtherMethodsAndAccepts()
    {
        foreach (var method in new[] { "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND" })
        {
            yield return new($"method {method}", () => new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = Json("{\"query\":\"{ __typename }\"}") });
        }

        foreach (var accept in new[] { "application/xml", "text/html", "*/*;q=0", "application/json;q=abc", new string('a', 10_000) + "/json", "text/event-stream;q=0, application/json;q=0" })
        {
            yield return new($"accept {Preview(accept)}", () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json("{\"query\":\"" + ChainedFragments(30, "Query", "__typename", "{ ...F0 }") + "\"}") };
                request.Headers.TryAddWithoutValidation("Accept", accept);
                return request;
            });
        }

        yield return new("event stream with a fragment bomb", () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json("{\"query\":\"" + ChainedFragments(64, "Query", "__typename", "{ ...F0 }") + "\"}") };
            request.Headers.Accept.ParseAdd("text/event-stream");
            return request;
        });
    }

    /// <summary>A chain of n fragments, each spreading the next twice: 2^n leaves when followed naively.</summary>
    public static string ChainedFragments(int n, string type, string leaf, string operation)
    {
        var text = new StringBuilder(operation);
        for (var i = 0; i < n; i++) text.Append(CultureInfo.InvariantCulture, $" fragment F{i} on {type} {{ ...F{i + 1} ...F{i + 1} }}");
        return text.Append(CultureInfo.InvariantCulture, $" fragment F{n} on {type} {{ {leaf} }}").ToString();
    }

    private static string FragmentCycle(int n)
    {
        var text = new StringBuilder("{ ...C0 }");
        for (var i = 0; i < n; i++) text.Append(CultureInfo.InvariantCulture, $" fragment C{i} on Query {{ __typename ...C{(i + 1) % n} ...C{(i + 1) % n} }}");
        return text.ToString();
    }

    private static string Repeat(int n, Func<int, string> part)
    {
        var text = new StringBuilder();
        for (var i = 0; i < n; i++) text.Append(part(i));
        return text.ToString();
    }

    private static string Nest(int levels, string open, string inner, string close)
    {
        var text = new StringBuilder(levels * (open.Length + close.Length) + inner.Length);
        for (var i = 0; i < levels; i++) text.Append(open);
        text.Append(inner);
        for (var i = 0; i < levels; i++) text.Append(close);
        return text.ToString();
    }

    // The body is serialised once, here: the tests run the host in their own process, so a serializer's pooled buffers
    // (System.Text.Json reserves six bytes a character for escaping: 8 MB for a 900 KB query) would be counted as the
    // host's memory if each send serialised again.
    private static HostileRequest Post(string name, string query) =>
        Bytes(name, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { query }));

    private static HostileRequest Raw(string name, string body) => Bytes(name, Encoding.UTF8.GetBytes(body));

    private static HostileRequest Bytes(string name, byte[] body) => new(name, () => new HttpRequestMessage(HttpMethod.Post, "/graphql")
    {
        Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
    });

    private static ByteArrayContent Json(string body) =>
        new(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

    private static byte[] Concat(string before, byte[] middle, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];

    private static string Preview(string text) => text.Length <= 60 ? text : text[..60] + $"… ({text.Length} chars)";
}
