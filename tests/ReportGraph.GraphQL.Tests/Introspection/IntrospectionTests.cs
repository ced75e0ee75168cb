using System.Diagnostics;
using System.Text.Json;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Introspection;
using ReportGraph.GraphQL.Tests.Execution;
using ReportGraph.GraphQL.Tests.TestSchema;

namespace ReportGraph.GraphQL.Tests.Introspection;

public class IntrospectionTests : ExecutionTestBase
{
    [Fact]
    public async Task TypeIntrospectionShowsDeprecationOneOfAndSpecifiedBy()
    {
        var json = await JsonAsync("""
            {
              book: __type(name: "Book") { kind name fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } interfaces { name } }
              genre: __type(name: "Genre") { enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } }
              bookBy: __type(name: "BookBy") { kind isOneOf inputFields { name type { kind name } } }
              bookInput: __type(name: "BookInput") { isOneOf }
              dateTime: __type(name: "DateTime") { kind specifiedByURL }
              media: __type(name: "Media") { kind interfaces { name } possibleTypes { name } }
              search: __type(name: "SearchResult") { kind possibleTypes { name } }
              list: __type(name: "Query") { fields { name type { kind ofType { kind ofType { kind ofType { kind name } } } } } }
              missing: __type(name: "Nope") { name }
            }
            """);
        using var doc = JsonDocument.Parse(json);
        var data = doc.RootElement.GetProperty("data");
        var book = data.GetProperty("book");
        Assert.Equal("OBJECT", book.GetProperty("kind").GetString());
        Assert.DoesNotContain("isbn10", book.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var isbn = book.GetProperty("all").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "isbn10");
        Assert.True(isbn.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal("Use isbn13.", isbn.GetProperty("deprecationReason").GetString());
        Assert.Equal(new[] { "Media", "Node" }, book.GetProperty("interfaces").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(3, data.GetProperty("genre").GetProperty("enumValues").GetArrayLength());
        Assert.Equal(4, data.GetProperty("genre").GetProperty("all").GetArrayLength());
        Assert.True(data.GetProperty("bookBy").GetProperty("isOneOf").GetBoolean());
        Assert.False(data.GetProperty("bookInput").GetProperty("isOneOf").GetBoolean());
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", data.GetProperty("dateTime").GetProperty("specifiedByURL").GetString());
        Assert.Equal(new[] { "Node" }, data.GetProperty("media").GetProperty("interfaces").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(new[] { "Book", "Magazine" }, data.GetProperty("media").GetProperty("possibleTypes").EnumerateArray().Select(i => i.GetProperty("name").GetString()).Order());
        Assert.Equal("UNION", data.GetProperty("search").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
    }

    [Fact]
    public async Task TypenameWorksEverywhere()
        => AssertJson("{'data':{'__typename':'Query','node':{'__typename':'Author'}}}", await JsonAsync("{ __typename node(id: \"a1\") { __typename } }"));

    [Fact]
    public async Task SchemaMetaFieldIsOnlyOnTheQueryRoot()
    {
        var result = await RunAsync("{ authors { __schema { description } } }");
        Assert.Equal(RequestStatus.ValidationError, result.Status);
    }

    [Fact]
    public async Task GraphQLJsAcceptsOurIntrospectionAndSdlAndAgreesWithThem()
    {
        var introspection = await JsonAsync(IntrospectionQuery.Text);
        var sdl = SchemaPrinter.Print(LibrarySchema.Create());
        var folder = Directory.CreateTempSubdirectory("gql-introspection").FullName;
        var introspectionPath = Path.Combine(folder, "introspection.json");
        var sdlPath = Path.Combine(folder, "schema.graphql");
        await File.WriteAllTextAsync(introspectionPath, introspection);
        await File.WriteAllTextAsync(sdlPath, sdl);

        var output = RunNode(Path.Combine(SourceFolder(), "introspection-check.cjs"), NodeFolder(), introspectionPath, sdlPath);
        using var report = JsonDocument.Parse(output);
        var problems = report.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    internal static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    internal static string NodeFolder()
    {
        var folder = Path.GetFullPath(Path.Combine(SourceFolder(), "..", "..", "node"));
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphql")))
        {
            var (code, _, error) = Exec("npm", folder, "ci", "--no-audit", "--no-fund", "--loglevel=error");
            if (code != 0) throw new InvalidOperationException($"npm ci in {folder} failed: {error}");
        }
        return folder;
    }

    private static string RunNode(string script, params string[] args)
    {
        var (code, output, error) = Exec("node", SourceFolder(), new[] { script }.Concat(args).ToArray());
        if (code != 0) throw new InvalidOperationException($"node {script} failed ({code}): {error}");
        return output;
    }

    private static (int Code, string Output, string Error) Exec(string file, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A node process that never ends would hang every test waiting for it: give up after three minutes.
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within 3 minutes.");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
