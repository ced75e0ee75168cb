using System.Diagnostics;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ReportGraph.PipelineBench;

/// <summary>
/// The SMTP server's own ceiling: a raw MailKit client, nothing of the host in the way, sending the very messages the
/// pipeline sent (read back from the server's folder) to the same server over a few kept-open connections. The
/// pipeline's emails/s is reported as a fraction of it.
/// </summary>
internal static class SmtpCeiling
{
    /// <summary>Emails/s of the best of one and <paramref name="connections"/> connections, each sending its share back to back.</summary>
    public static async Task<(double EmailsPerSecond, int Connections)> MeasureAsync(string maildir, int port, int connections)
    {
        // The messages as the server received them; the trace line it adds first parses as one more header.
        var files = Directory.GetFiles(maildir, "*.eml");
        var messages = new List<MimeMessage>(files.Length);
        foreach (var file in files)
        {
            messages.Add(await MimeMessage.LoadAsync(file));
        }

        if (messages.Count == 0)
        {
            return (0, 0);
        }

        var best = (EmailsPerSecond: 0.0, Connections: 0);
        foreach (var count in new[] { 1, connections }.Distinct())
        {
            var rate = await SendAllAsync(messages, port, count);
            if (rate > best.EmailsPerSecond)
            {
                best = (rate, count);
            }
        }

        foreach (var message in messages)
        {
            message.Dispose();
        }

        return best;
    }

    private static async Task<double> SendAllAsync(List<MimeMessage> messages, int port, int connections)
    {
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async c =>
        {
            using var client = new SmtpClient();
            await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
            for (var i = c; i < messages.Count; i += connections)
            {
                await client.SendAsync(messages[i]);
            }

            await client.DisconnectAsync(quit: true);
        }));
        return messages.Count / watch.Elapsed.TotalSeconds;
    }
}
