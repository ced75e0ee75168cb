using MimeKit;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Where one execution's messages go: an SMTP server (over a few reused connections) or the outbox folder. Opened
/// once per delivery pass by <see cref="EmailTransports"/> and disposed when the pass ends.
/// </summary>
public interface IEmailTransport : IAsyncDisposable
{
    /// <summary>Sends <paramref name="message"/>; never throws for SMTP, network or disk failures, only for cancellation.</summary>
    Task<SendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
