namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// A validation rule: for each validation run it creates a visitor that the shared document walk calls
/// (graphql-js <c>ValidationRule</c>). Rules are stateless; per-run state lives in the visitor.
/// </summary>
public interface IValidationRule
{
    /// <summary>Creates the visitor for one validation run over <see cref="ValidationContext.Document"/>.</summary>
    ValidationVisitor CreateVisitor(ValidationContext context);
}
