using ReportGraph.Host.Data;
using ReportGraph.Host.Operations;
using ReportGraph.Host.Plugins;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddStartupTasks()
    .AddStore(builder.Configuration)
    .AddPlugins(builder.Configuration);

var app = builder.Build();
app.MapHealthEndpoints();
app.Run();

/// <summary>Entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;
