using System.Threading.Channels;

namespace ReportGraph.Host.Security;

/// <summary>
/// Password-reset requests waiting to be emailed. <c>requestPasswordReset</c> only queues the address and answers at
/// once, so an address with an account answers as fast as one without: looking the user up, issuing the token and
/// the SMTP conversation happen afterwards in <see cref="PasswordResetSender"/>.
/// </summary>
public sealed class PasswordResetQueue
{
    // Bounded: the rate limits keep it short; if it ever fills, further requests are dropped (and logged) rather
    // than holding memory. The answer to the caller is the same either way.
    private readonly Channel<string> _emails = Channel.CreateBounded<string>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Queues a request; false when the queue is full and the request was dropped.</summary>
    public bool Enqueue(string email) => _emails.Writer.TryWrite(email);

    internal ChannelReader<string> Reader => _emails.Reader;
}
