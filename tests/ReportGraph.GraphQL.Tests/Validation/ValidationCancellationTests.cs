using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Tests.TestSchema;
using ReportGraph.GraphQL.Types;
using ReportGraph.GraphQL.Validation;

namespace ReportGraph.GraphQL.Tests.Validation;

/// <summary>Issue 10.1: validation runs under the request's time budget and cancellation, like execution.</summary>
public sealed class ValidationCancellationTests
{
    /// <summary>A validator that only returns when the request's token fires (stands for a document too big to finish in time).</summary>
    private sealed class EndlessValidator : IDocumentValidator
    {
        public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) => throw new InvalidOperationException("The token-less overload must not be used.");

        public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, CancellationToken cancellationToken)
        {
            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException("The token never fired.");
        }
    }

    [Fact]
    public void The_walker_stops_when_the_token_is_cancelled()
    {
        var document = Parser.Parse(new Source(HostileDocuments.WideAliases(2000)));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => DocumentValidator.Validate(LibrarySchema.Create(), document, cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task Validation_past_the_execution_timeout_is_a_timeout_error_not_a_crash()
    {
        var executor = LibrarySchema.CreateExecutor(o =>
        {
            o.Validator = new EndlessValidator();
            o.ExecutionTimeout = TimeSpan.FromMilliseconds(100);
        });
        using var services = LibrarySchema.CreateServices();

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ __typename }" }, services);

        Assert.Equal(RequestStatus.Timeout, result.Status);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("The request exceeded the execution timeout of 0.1 seconds.", error.Message);
        Assert.Equal(0, executor.CachedDocumentCount); // an unfinished verdict is not cached
    }

    [Fact]
    public async Task Validation_stops_when_the_caller_goes_away()
    {
        var executor = LibrarySchema.CreateExecutor(o =>
        {
            o.Validator = new EndlessValidator();
            o.ExecutionTimeout = null;
        });
        using var services = LibrarySchema.CreateServices();
        using var disconnect = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => executor.ExecuteAsync(new GraphQLRequest { Query = "{ __typename }" }, services, disconnect.Token));
    }
}
