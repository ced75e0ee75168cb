using ReportGraph.Host.Api;
using ReportGraph.Host.CompiledModels;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.DemoData;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Executions.Previews;
using ReportGraph.Host.Operations;
using ReportGraph.Host.Plugins;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Scheduling;
using ReportGraph.Host.Security;
using ReportGraph.Host.Security.Oidc;
using ReportGraph.Host.Telemetry;
using ReportGraph.Host.Unsubscribe;
using ReportGraph.Host.Web;
using ReportGraph.Rendering;

// The composition root: each feature registers its services, GraphQL types and endpoints through one method.
var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddStartupTasks()
    .AddStore(builder.Configuration, builder.Environment)
    .AddCompiledStoreModels()
    .AddApi(builder.Configuration, builder.Environment)
    .AddSecurity(builder.Configuration, builder.Environment)
    .AddDemoData()
    .AddPlugins(builder.Configuration)
    .AddRendering(builder.Configuration)
    .AddSchedules(builder.Configuration)
    .AddScheduling(builder.Configuration, builder.Environment)
    .AddExecutions(builder.Configuration)
    .AddDelivery(builder.Configuration)
    .AddUnsubscribe()
    .AddTelemetry(builder.Configuration);

var app = builder.Build();
app.UseWebSockets();
app.UseSecurity();
app.MapHealthEndpoints();
app.MapTelemetryEndpoints();
app.MapArtifactEndpoints();
app.MapPreviewEndpoints();
app.MapDeliveryEndpoints();
app.MapUnsubscribeEndpoints();
app.MapAccountPages();
app.MapOidcEndpoints();
app.MapGraphQL("/graphql");
app.MapWeb();
return app.RunOrExitOnBadSettings();

/// <summary>Entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;
