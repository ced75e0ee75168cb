using Quartz;
using ReportGraph.Host.Data;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Scheduling;

/// <summary>Registers the persistent Quartz scheduler and what connects it to schedules.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Adds Quartz with its ADO store in the same database as the store (tables created by Quartz's own
    /// provisioning), the occurrence handler and the trigger reconciler.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SchedulerOptions>().Bind(configuration.GetSection("Scheduler")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OccurrenceHandler>();
        services.AddSingleton<ScheduleTriggers>();
        services.AddSingleton<IScheduleTriggers>(sp => sp.GetRequiredService<ScheduleTriggers>());
        services.AddSingleton<TriggerReconciler>();

        // Read as text, not bound: an unknown provider must reach the start-up validation of Database and its message.
        var postgres = string.Equals(configuration["Database:Provider"], nameof(DatabaseProvider.PostgreSQL), StringComparison.OrdinalIgnoreCase);
        var connectionString = DataDirectory.Resolve(configuration, environment.ContentRootPath)
            .Expand(configuration["Database:ConnectionString"] ?? new DatabaseOptions().ConnectionString);
        var (maxConcurrency, batchSize) = FiringSizes(configuration);
        services.AddQuartz(q =>
        {
            // A due trigger is handled in a short job (queue the execution, set the next trigger), so the pool and
            // the batch bound how fast a burst of due schedules is taken from the store (README, Measured).
            q.UseDefaultThreadPool(maxConcurrency);
            q.ConfigureScheduler(o => o.MaxBatchSize = batchSize);
            q.UsePersistentStore(store =>
            {
                if (postgres)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering(_ => { });
                }
                else
                {
                    store.UseSqlite(connectionString);
                }

                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(o => o.SchemaProvisioning = SchemaProvisioning.CreateIfMissing);
            });
        });
        if (configuration.GetValue("Scheduler:Enabled", true))
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = false);
            services.AddHostedService<TriggerReconcilerStartup>();
        }

        return services;
    }

    /// <summary>
    /// <c>Scheduler:MaxConcurrency</c> and <c>Scheduler:BatchSize</c> as Quartz needs them at registration; read as
    /// text like the provider above, a value out of range falls back to the default here so that the start-up
    /// validation of <see cref="SchedulerOptions"/> reports it, not Quartz's own check.
    /// </summary>
    private static (int MaxConcurrency, int BatchSize) FiringSizes(IConfiguration configuration)
    {
        static int? Read(string? text) =>
            int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 100 ? value : null;
        var maxConcurrency = Read(configuration["Scheduler:MaxConcurrency"]) ?? SchedulerOptions.DefaultMaxConcurrency;
        var batchSize = Read(configuration["Scheduler:BatchSize"]) ?? maxConcurrency;
        return (maxConcurrency, Math.Min(batchSize, maxConcurrency));
    }

    /// <summary>Reconciles triggers once the scheduler is up (hosted services start in registration order).</summary>
    private sealed class TriggerReconcilerStartup(TriggerReconciler reconciler) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => reconciler.ReconcileAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
