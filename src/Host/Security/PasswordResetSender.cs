namespace ReportGraph.Host.Security;

/// <summary>Emails the queued password resets one by one, in the order they were asked for.</summary>
internal sealed class PasswordResetSender(PasswordResetQueue queue, UserAdministration users, ILogger<PasswordResetSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var email in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await users.SendPasswordResetAsync(email, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failing request (the store briefly down) must not stop the others.
                logger.LogWarning(e, "A password reset could not be emailed");
            }
        }
    }
}
