using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Security;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Clients;

/// <summary>
/// The real host listening on a real socket (Kestrel on 127.0.0.1, random port) so that npm clients in another process
/// can reach it, with a member, an API key of hers, one of her schedules and a finished execution to follow.
/// </summary>
public sealed class ClientSuiteHost : IAsyncLifetime
{
    private readonly ApiHost _host = new(new Dictionary<string, string?> { ["Executions:PollInterval"] = "00:10:00" });

    /// <summary>The GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql.</summary>
    public Uri GraphQLUri { get; private set; } = null!;

    /// <summary>The WebSocket address of the endpoint.</summary>
    public Uri WebSocketUri => new UriBuilder(GraphQLUri) { Scheme = "ws" }.Uri;

    public string MemberEmail => "ann@example.org";

    /// <summary>The member's API key (the secret).</summary>
    public string ApiKey { get; private set; } = "";

    /// <summary>The global id of a SUCCEEDED execution of the member's schedule.</summary>
    public string ExecutionId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var address = _host.StartOnLoopbackPort();
        GraphQLUri = new Uri(address, "graphql");

        var accounts = _host.Factory.Services.GetRequiredService<AccountService>();
        var user = await accounts.CreateUserAsync(MemberEmail, "ann", ReportGraph.Host.Api.UserRole.Member, ApiHost.MemberPassword, CancellationToken.None);
        (_, ApiKey) = await accounts.CreateApiKeyAsync(user.Id, "client compatibility suite", CancellationToken.None);
        // The factory's clients address http://localhost, not the Kestrel port: talk to the socket directly.
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        await new ApiClient(http).DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly() });

        // A finished execution: following it yields its state once and then completes, so subscriptions end by themselves.
        var dbs = _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        await using var db = await dbs.CreateDbContextAsync();
        var schedule = await db.Schedules.SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var execution = new Execution
        {
            ScheduleId = schedule.Id,
            Trigger = ExecutionTrigger.Manual,
            Status = ExecutionStatus.Succeeded,
            ScheduledFor = now,
            CreatedAt = now,
            StartedAt = now,
            FinishedAt = now,
        };
        db.Executions.Add(execution);
        await db.SaveChangesAsync();
        ExecutionId = Api.Api.GlobalIdOf("Execution", execution.Id);
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }
}
