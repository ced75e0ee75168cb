using System.Collections.Concurrent;
using MimeKit;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// The SMTP connections of one delivery pass: at most <c>maxConnections</c> (<c>Delivery:MaxParallelSends</c>) open
/// at once, each reused for message after message instead of one connection per message. A sender waits for a free
/// connection; a new one is opened only when every existing one is busy. Disposing closes them all with QUIT.
/// </summary>
internal sealed class SmtpConnectionPool(SmtpServerSettings smtp, int maxConnections, TimeSpan timeout) : IEmailTransport
{
    private readonly SemaphoreSlim _free = new(maxConnections, maxConnections);
    private readonly ConcurrentBag<SmtpConnection> _idle = [];
    private readonly ConcurrentQueue<SmtpConnection> _all = new();

    public async Task<SendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await _free.WaitAsync(cancellationToken);
        try
        {
            if (!_idle.TryTake(out var connection))
            {
                connection = new SmtpConnection(smtp, timeout);
                _all.Enqueue(connection);
            }

            try
            {
                return await connection.SendAsync(message, cancellationToken);
            }
            finally
            {
                _idle.Add(connection);
            }
        }
        finally
        {
            _free.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _all)
        {
            await connection.DisposeAsync();
        }

        _free.Dispose();
    }
}
