using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;
using ReportGraph.GraphQL.Validation;

namespace ReportGraph.GraphQL.Tests.Validation;

/// <summary>The validator's entry point: defaults, error limit, bad arguments, custom rules and per-request data.</summary>
public sealed class DocumentValidatorTests
{
    private static Schema Schema => ValidationTestSchema.Instance;

    [Fact]
    public void A_valid_document_has_no_errors_with_all_specified_rules()
    {
        var document = Parser.Parse("query Q($id: ID) { human(id: $id) { name pets { ... on Dog { barks } } } }");
        Assert.Empty(DocumentValidator.Validate(Schema, document));
    }

    [Fact]
    public void Specified_rules_are_in_graphql_js_order_and_include_every_spec_rule()
    {
        var names = SpecifiedRules.All.Select(r => r.GetType().Name).ToList();
        Assert.Equal(31, names.Count); // 27 of graphql-js 16 and graphql-js 17's four @defer/@stream rules
        Assert.Contains("DeferStreamDirectiveLabelRule", names);
        Assert.Equal("ExecutableDefinitionsRule", names[0]);
        Assert.Equal("UniqueInputFieldNamesRule", names[^2]);
        Assert.Equal("MaxIntrospectionDepthRule", names[^1]);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Errors_carry_message_locations_and_nodes()
    {
        var document = Parser.Parse("{\n  dog {\n    meowVolume\n  }\n}");
        var error = Assert.Single(DocumentValidator.Validate(Schema, document));
        Assert.Equal("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", error.Message);
        Assert.Equal(new SourceLocation(3, 5), Assert.Single(error.Locations));
        Assert.IsType<FieldNode>(Assert.Single(error.Nodes));
        Assert.Equal("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? (3:5)", error.ToString());
    }

    [Fact]
    public void Suggestions_can_be_hidden_so_that_errors_do_not_reveal_the_schema()
    {
        var document = Parser.Parse("query ($v: Dgo) { dog { meowVolume doesKnowCommand(dogComand: SITT) } catOrDog { name } }");
        var shown = DocumentValidator.Validate(Schema, document).Select(e => e.Message).ToList();
        var hidden = DocumentValidator.Validate(Schema, document, hideSuggestions: true).Select(e => e.Message).ToList();
        Assert.Contains("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", shown);
        Assert.Equal(new[]
        {
            "Unknown type \"Dgo\".",
            "Cannot query field \"meowVolume\" on type \"Dog\".",
            "Unknown argument \"dogComand\" on field \"Dog.doesKnowCommand\".",
            "Cannot query field \"name\" on type \"CatOrDog\".",
            "Variable \"$v\" is never used.",
        }, hidden);
    }

    [Fact]
    public void Stops_after_the_error_limit_with_a_final_error()
    {
        var document = Parser.Parse("{ " + string.Join(" ", Enumerable.Range(0, 10).Select(i => $"f{i}")) + " }");
        var errors = DocumentValidator.Validate(Schema, document, maxErrors: 3);
        Assert.Equal(4, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Empty(errors[^1].Locations);
    }

    [Fact]
    public void Exactly_the_limit_of_errors_is_not_aborted()
    {
        var document = Parser.Parse("{ a b c }");
        var errors = DocumentValidator.Validate(Schema, document, maxErrors: 3);
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.StartsWith("Cannot query field", e.Message));
    }

    [Fact]
    public void Default_limit_is_one_hundred_errors()
    {
        var document = Parser.Parse("{ " + string.Join(" ", Enumerable.Range(0, 150).Select(i => $"f{i}")) + " }");
        var errors = DocumentValidator.Validate(Schema, document);
        Assert.Equal(101, errors.Count);
    }

    [Fact]
    public void Rejects_bad_arguments_naming_them()
    {
        var document = Parser.Parse("{ dog { name } }");
        Assert.Equal("schema", Assert.Throws<ArgumentNullException>(() => DocumentValidator.Validate(null!, document)).ParamName);
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => DocumentValidator.Validate(Schema, null!)).ParamName);
        var limit = Assert.Throws<ArgumentOutOfRangeException>(() => DocumentValidator.Validate(Schema, document, maxErrors: 0));
        Assert.Equal("maxErrors", limit.ParamName);
        Assert.Contains("at least 1", limit.Message);
    }

    [Fact]
    public void Runs_only_the_given_rules()
    {
        var document = Parser.Parse("query Q($unused: Int) { dog { meow } }");
        var errors = DocumentValidator.Validate(Schema, document, new[] { NoUnusedVariablesRule.Instance });
        Assert.Equal("Variable \"$unused\" is never used in operation \"Q\".", Assert.Single(errors).Message);
        Assert.Empty(DocumentValidator.Validate(Schema, document, Array.Empty<IValidationRule>()));
    }

    [Fact]
    public void A_custom_rule_sees_type_information_and_request_data()
    {
        var document = Parser.Parse("{ dog { name(surname: true) mother { barks } } }");
        var data = new Dictionary<string, object?> { ["forbidden"] = "mother" };
        var rule = new ForbiddenFieldRule();
        var errors = DocumentValidator.Validate(Schema, document, new IValidationRule[] { rule }, contextData: data);
        Assert.Equal("Field \"Dog.mother\" of type \"Dog\" is forbidden.", Assert.Single(errors).Message);
        Assert.Equal(new[] { "QueryRoot.dog", "Dog.name", "Dog.mother", "Dog.barks" }, rule.Seen);
        Assert.Equal(new[] { "surname: Boolean" }, rule.Arguments);
    }

    [Fact]
    public void Variable_usages_know_their_expected_type_and_default()
    {
        var document = Parser.Parse("""
            query Q($a: Int, $b: Boolean) { ...F dog { isHouseTrained(atOtherHomes: $b) } }
            fragment F on QueryRoot { complicatedArgs { multipleOpts(opt1: $a) stringListArgField(stringListArg: [$c]) } }
            """);
        var rule = new UsageRule();
        DocumentValidator.Validate(Schema, document, new IValidationRule[] { rule });
        Assert.Equal(new[] { "$b: Boolean = true", "$a: Int = 0", "$c: String" }, rule.Usages);
    }

    private sealed class ForbiddenFieldRule : IValidationRule
    {
        public List<string> Seen { get; } = new();
        public List<string> Arguments { get; } = new();

        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

        private sealed class Visitor(ValidationContext context, ForbiddenFieldRule rule) : ValidationVisitor(context)
        {
            public override void EnterField(FieldNode node)
            {
                rule.Seen.Add($"{Context.ParentType!.Name}.{Context.FieldDefinition!.Name}");
                if (Equals(Context.ContextData["forbidden"], node.Name.Value))
                {
                    Context.ReportError(new ValidationError(
                        $"Field \"{Context.ParentType.Name}.{node.Name.Value}\" of type \"{Context.Type}\" is forbidden.", node));
                }
            }

            public override void EnterArgument(ArgumentNode node) => rule.Arguments.Add($"{Context.Argument!.Name}: {Context.InputType}");
        }
    }

    private sealed class UsageRule : IValidationRule
    {
        public List<string> Usages { get; } = new();

        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

        private sealed class Visitor(ValidationContext context, UsageRule rule) : ValidationVisitor(context)
        {
            public override void LeaveOperationDefinition(OperationDefinitionNode node)
            {
                foreach (var usage in Context.GetRecursiveVariableUsages(node))
                    rule.Usages.Add($"${usage.Node.Name.Value}: {usage.Type}" + (usage.DefaultValue is { } d ? $" = {Printer.Print(d)}" : ""));
            }
        }
    }
}
