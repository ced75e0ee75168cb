using ReportGraph.GraphQL.Http;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Delivery;
using ReportGraph.Host.DemoData;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Operations;
using ReportGraph.Host.Operations.Telemetry;
using ReportGraph.Host.Plugins;
using ReportGraph.Host.Rendering;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Security;
using ReportGraph.Host.Schedules.Scheduling;
using ReportGraph.Host.Unsubscribe;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddStartupTasks()
    .AddStore(builder.Configuration)
    .AddSecurity(builder.Configuration, builder.Environment)
    .AddDemoData()
    .AddPlugins(builder.Configuration)
    .AddRendering(builder.Configuration)
    .AddDelivery(builder.Configuration)
    .AddExecutions(builder.Configuration)
    .AddSchedules()
    .AddScheduling(builder.Configuration, builder.Environment)
    .AddApi(builder.Environment);
builder.Services.AddTelemetry(builder.Configuration);

var app = builder.Build();
app.UseWebSockets();
app.UseSecurity();
app.MapHealthEndpoints();
app.MapTelemetryEndpoints();
app.MapArtifactEndpoints();
app.MapDeliveryEndpoints();
app.MapUnsubscribeEndpoints();
app.MapGraphQL("/graphql");
app.Run();

/// <summary>Entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;
