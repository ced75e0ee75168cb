using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;
using ReportGraph.GraphQL.Validation;

namespace ReportGraph.Host.Tests.Api;

/// <summary>
/// The schema documents itself, as a client sees it through introspection: every element has a description, and every
/// code sample in a description (a span in backticks) is valid where it stands, so an IDE user can paste it.
/// </summary>
public sealed partial class SchemaDescriptionTests : IDisposable
{
    private const string TypeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";

    private static readonly string IntrospectionDocument = $$"""
        {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types {
              kind name description
              fields(includeDeprecated: true) { name description type { {{TypeRef}} } args { name description type { {{TypeRef}} } } }
              inputFields { name description type { {{TypeRef}} } }
              enumValues(includeDeprecated: true) { name description }
            }
            directives { name description args { name description } }
          }
        }
        """;

    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Every_type_field_argument_input_field_enum_value_and_directive_has_a_description()
    {
        var schema = await IntrospectAsync();

        // The introspection types (__Type…) are the spec's: graphql-js leaves most of their fields undescribed, and the
        // oracle tests keep ours equal to graphql-js's.
        var missing = Elements(schema).Where(e => string.IsNullOrWhiteSpace(e.Description) && !e.Path.StartsWith("__", StringComparison.Ordinal))
            .Select(e => e.Path).ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} schema elements have no description:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task Every_code_sample_in_a_description_is_valid_where_it_stands()
    {
        var introspected = await IntrospectAsync();
        var schema = _host.Factory.Services.GetRequiredService<Schema>();
        var samples = 0;
        var problems = new List<string>();

        foreach (var element in Elements(introspected).Where(e => e.Description is not null && !e.IsSpecDefined))
        {
            var outside = QuotedText().Replace(CodeSpan().Replace(element.Description!, ""), "");
            if (outside.Contains('{') || outside.Contains('['))
                problems.Add($"{element.Path}: an example outside backticks, where it is not checked: {element.Description}");
            foreach (var sample in CodeSpan().Matches(element.Description!).Select(m => m.Groups[1].Value))
            {
                if (Name().IsMatch(sample)) continue; // A name in code font (`input`), not a sample.
                samples++;
                if (Check(schema, element, sample) is { } problem) problems.Add($"{element.Path}: `{sample}`: {problem}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(samples >= 10, $"only {samples} code samples found; the samples are expected in backticks");
    }

    [Fact]
    public void A_wrong_sample_is_reported_with_the_reason()
    {
        var schema = _host.Factory.Services.GetRequiredService<Schema>();
        var where = new Element("Query.executions(where:)", "", SampleKind.Value, "ExecutionFilterInput", null, null);

        var problem = Check(schema, where, "{ name: { contains: \"weekly\" } }");

        Assert.NotNull(problem);
        Assert.Contains("name", problem);
        Assert.Null(Check(schema, where, "{ status: { in: [FAILED, PARTIAL] } }"));
        Assert.NotNull(Check(schema, new Element("Query.executions", "", SampleKind.RootField, "Query", "executions", null), "executions(first: 5) { nodes { nope } }"));
    }

    /// <summary>Null when the sample is valid; otherwise why not.</summary>
    private static string? Check(Schema schema, Element element, string sample)
    {
        switch (element.Kind)
        {
            case SampleKind.RootField when element.InputType is { } inputType && sample.StartsWith('{'):
                // "Example input: `{ … }`" on a mutation: a value of its input argument.
                return CheckValue(schema, inputType, sample);
            case SampleKind.RootField:
                var operation = element.TypeName == schema.MutationType?.Name ? "mutation" : element.TypeName == schema.SubscriptionType?.Name ? "subscription" : "query";
                if (!sample.StartsWith(element.FieldName!, StringComparison.Ordinal)) return $"a sample on {element.Path} starts with the field {element.FieldName}";
                return Validate(schema, $"{operation} {{ {sample} }}", SpecifiedRules.All);
            case SampleKind.Value:
                return CheckValue(schema, element.TypeName!, sample);
            case SampleKind.Selection:
                return Validate(schema, $"fragment Sample on {element.TypeName} {{ {sample} }}", SpecifiedRules.All.Where(r => r is not NoUnusedFragmentsRule));
            case SampleKind.Scalar:
                // A scalar's sample is its text, e.g. `2026-11-21`, or a literal such as `12.50`.
                var literal = IsValueLiteral(sample) ? sample : JsonSerializer.Serialize(sample);
                return CheckValue(schema, element.TypeName!, literal);
            default:
                // Output: how the value looks in the JSON response.
                try
                {
                    using var _ = JsonDocument.Parse(sample);
                    return null;
                }
                catch (JsonException e)
                {
                    return "not JSON as a response shows it: " + e.Message;
                }
        }
    }

    /// <summary>A value is checked as the default of a variable of its type, which validation checks like any literal.</summary>
    private static string? CheckValue(Schema schema, string type, string value)
        => Validate(schema, $"query Sample($value: {type} = {value}) {{ __typename }}", SpecifiedRules.All.Where(r => r is not NoUnusedVariablesRule));

    private static string? Validate(Schema schema, string document, IEnumerable<IValidationRule> rules)
    {
        DocumentNode parsed;
        try
        {
            parsed = Parser.Parse(document);
        }
        catch (GraphQLSyntaxException e)
        {
            return "does not parse: " + e.Message;
        }

        var errors = DocumentValidator.Validate(schema, parsed, rules);
        return errors.Count == 0 ? null : string.Join(" ", errors.Select(e => e.Message));
    }

    private static bool IsValueLiteral(string text)
    {
        try
        {
            Parser.ParseConstValue(text);
            return true;
        }
        catch (GraphQLSyntaxException)
        {
            return false;
        }
    }

    private async Task<JsonElement> IntrospectAsync()
    {
        var admin = await _host.AdminAsync();
        return (await admin.DataAsync(IntrospectionDocument)).GetProperty("__schema");
    }

    private static IEnumerable<Element> Elements(JsonElement schema)
    {
        var roots = new[] { "queryType", "mutationType", "subscriptionType" }
            .Select(r => schema.GetProperty(r)).Where(r => r.ValueKind == JsonValueKind.Object).Select(r => r.GetProperty("name").GetString()).ToHashSet();
        foreach (var type in schema.GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            var kind = type.GetProperty("kind").GetString();
            // The introspection types and the spec's scalars are described (or not, like graphql-js's introspection fields)
            // by the spec; the oracle tests keep them equal to graphql-js's.
            var spec = name.StartsWith("__", StringComparison.Ordinal) || name is "String" or "Int" or "Float" or "Boolean" or "ID";
            yield return new Element(name, Description(type), kind switch
            {
                "SCALAR" => SampleKind.Scalar,
                "INPUT_OBJECT" => SampleKind.Value,
                "OBJECT" or "INTERFACE" or "UNION" => SampleKind.Selection,
                _ => SampleKind.Output,
            }, kind == "INPUT_OBJECT" ? $"[{name}!]" : name, null, null)
            { IsSpecDefined = spec };
            foreach (var field in Items(type, "fields"))
            {
                var fieldName = field.GetProperty("name").GetString()!;
                var args = field.GetProperty("args").EnumerateArray().ToList();
                var input = args.Count == 1 && args[0].GetProperty("name").GetString() == "input" ? TypeText(args[0].GetProperty("type")) : null;
                yield return new Element($"{name}.{fieldName}", Description(field), roots.Contains(name) ? SampleKind.RootField : SampleKind.Output, name, fieldName, input)
                { IsSpecDefined = spec };
                foreach (var arg in args)
                {
                    yield return new Element($"{name}.{fieldName}({arg.GetProperty("name").GetString()}:)", Description(arg), SampleKind.Value, TypeText(arg.GetProperty("type")), null, null)
                    { IsSpecDefined = spec };
                }
            }

            foreach (var field in Items(type, "inputFields"))
            {
                yield return new Element($"{name}.{field.GetProperty("name").GetString()}", Description(field), SampleKind.Value, TypeText(field.GetProperty("type")), null, null)
                { IsSpecDefined = spec };
            }

            foreach (var value in Items(type, "enumValues"))
            {
                yield return new Element($"{name}.{value.GetProperty("name").GetString()}", Description(value), SampleKind.Output, name, null, null) { IsSpecDefined = spec };
            }
        }

        // The directives are the engine's (the spec's, and incremental delivery's); the host defines none.
        foreach (var directive in schema.GetProperty("directives").EnumerateArray())
        {
            var name = "@" + directive.GetProperty("name").GetString();
            yield return new Element(name, Description(directive), SampleKind.Output, null, null, null) { IsSpecDefined = true };
            foreach (var arg in directive.GetProperty("args").EnumerateArray())
                yield return new Element($"{name}({arg.GetProperty("name").GetString()}:)", Description(arg), SampleKind.Value, null, null, null) { IsSpecDefined = true };
        }
    }

    private static List<JsonElement> Items(JsonElement type, string property)
        => type.GetProperty(property) is { ValueKind: JsonValueKind.Array } items ? items.EnumerateArray().ToList() : [];

    private static string? Description(JsonElement element)
        => element.GetProperty("description") is { ValueKind: JsonValueKind.String } d ? d.GetString() : null;

    private static string TypeText(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => TypeText(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + TypeText(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedText();

    [GeneratedRegex("^@?[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial Regex Name();

    private enum SampleKind
    {
        /// <summary>A field of Query, Mutation or Subscription: a selection of it, or (with an input argument) the input.</summary>
        RootField,

        /// <summary>An argument, input field or input type: a value of its type.</summary>
        Value,

        /// <summary>An object, interface or union type: a selection on it.</summary>
        Selection,

        /// <summary>A scalar type: its text or literal.</summary>
        Scalar,

        /// <summary>Anything a response carries: JSON.</summary>
        Output,
    }

    /// <param name="Path">Where it is, e.g. Query.executions(where:).</param>
    /// <param name="Description">Its description.</param>
    /// <param name="Kind">How a sample in it is checked.</param>
    /// <param name="TypeName">The type of a value, or the declaring type of a root field.</param>
    /// <param name="FieldName">The root field's name.</param>
    /// <param name="InputType">The type of the root field's input argument, if it has one.</param>
    private sealed record Element(string Path, string? Description, SampleKind Kind, string? TypeName, string? FieldName, string? InputType)
    {
        public bool IsSpecDefined { get; init; }
    }
}
