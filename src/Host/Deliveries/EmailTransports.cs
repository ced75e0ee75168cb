namespace ReportGraph.Host.Deliveries;

/// <summary>Opens the transport that <see cref="SmtpServerSettings"/> describe: the outbox folder or an SMTP server.</summary>
public sealed class EmailTransports
{
    /// <summary>
    /// A transport for one delivery pass. For a server, at most <paramref name="maxConnections"/> connections are
    /// open at once, each reused for message after message; <paramref name="timeout"/> limits every single send.
    /// </summary>
    public IEmailTransport Open(SmtpServerSettings smtp, int maxConnections, TimeSpan timeout) =>
        smtp.OutboxDirectory is { } folder
            ? new OutboxFolder(folder)
            : new SmtpConnectionPool(smtp, maxConnections, timeout);
}
