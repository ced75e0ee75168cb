using ReportGraph.GraphQL.Analysis;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// A rule's visitor for the shared walk of a document (<see cref="DocumentWalker"/>): the <see cref="DocumentVisitor"/>
/// hooks plus the run's <see cref="ValidationContext"/>. Override only the hooks the rule needs.
/// While a callback runs, <see cref="ValidationContext"/> exposes the type information at that node
/// (parent type, field definition, input type, ...), like graphql-js's TypeInfo.
/// </summary>
public abstract class ValidationVisitor : DocumentVisitor
{
    /// <summary>Creates the visitor for one run.</summary>
    protected ValidationVisitor(ValidationContext context) => Context = context;

    /// <summary>The run's context: schema, document, type information and error reporting.</summary>
    protected ValidationContext Context { get; }
}
