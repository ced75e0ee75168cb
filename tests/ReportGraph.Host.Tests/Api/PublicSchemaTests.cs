using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Introspection;
using ReportGraph.GraphQL.Types;
using Snapshooter.Xunit;

namespace ReportGraph.Host.Tests.Api;

/// <summary>
/// The whole public API as SDL, printed by the engine's SchemaPrinter and kept in
/// <c>__snapshots__/PublicSchemaTests.The_public_api_is_the_reviewed_schema.snap</c>: a change to any type, field,
/// argument or description shows up in review as a diff of that file. To accept an intended change, delete the file
/// and run this test once (see tests/Shared/SnapshotStrictMode.cs).
/// </summary>
public sealed class PublicSchemaTests
{
    [Fact]
    public void The_public_api_is_the_reviewed_schema()
    {
        using var host = new ApiHost();

        var sdl = SchemaPrinter.Print(host.Factory.Services.GetRequiredService<Schema>());

        Snapshot.Match(sdl);
    }

    [Fact]
    public async Task Payload_errors_can_be_selected_through_the_Error_interface()
    {
        using var host = new ApiHost();
        var admin = await host.AdminAsync();

        var data = await admin.DataAsync("mutation { createApiKey(input: { name: \"\" }) { errors { __typename ... on Error { message } } } }");

        var error = data.GetProperty("createApiKey").GetProperty("errors")[0];
        Assert.Equal("UserError", error.GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Fact]
    public void Every_custom_scalar_says_where_it_is_specified()
    {
        using var host = new ApiHost();
        var schema = host.Factory.Services.GetRequiredService<Schema>();

        var custom = schema.TypeMap.Values.OfType<ScalarType>().Where(t => t.Name is not ("String" or "Int" or "Float" or "Boolean" or "ID")).ToList();

        Assert.NotEmpty(custom);
        Assert.All(custom, scalar => Assert.True(Uri.TryCreate(scalar.SpecifiedByUrl, UriKind.Absolute, out _), $"{scalar.Name} has no @specifiedBy URL"));
    }

    [Fact]
    public void Every_mutation_takes_one_input_named_after_it_and_returns_a_payload_with_errors()
    {
        using var host = new ApiHost();
        var mutation = host.Factory.Services.GetRequiredService<Schema>().MutationType!;
        var problems = new List<string>();

        foreach (var field in mutation.Fields)
        {
            var expectedInput = char.ToUpperInvariant(field.Name[0]) + field.Name[1..] + "Input";
            // signOut and signOutEverywhere act on the caller's own session and need no input.
            if (field.Arguments.Count > 0
                && (field.Arguments.Count != 1 || field.Arguments[0].Name != "input"
                    || field.Arguments[0].Type is not NonNullType { OfType: InputObjectType input } || input.Name != expectedInput))
            {
                problems.Add($"{field.Name} should take exactly (input: {expectedInput}!)");
            }

            // Payloads are shared only by mutations whose results have the same shape (SchedulePayload); each has errors.
            if (field.Type is not NonNullType { OfType: ObjectType payload } || !payload.Name.EndsWith("Payload", StringComparison.Ordinal)
                || !payload.Fields.TryGet("errors", out var errors) || errors.Type.ToString() != "[UserError!]!")
            {
                problems.Add($"{field.Name} should return a non-null …Payload with errors: [UserError!]!");
            }
        }

        Assert.Empty(problems);
    }
}
