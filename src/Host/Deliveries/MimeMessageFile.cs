using System.Net.Mail;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// A <see cref="MailMessage"/> composed to its MIME bytes by <see cref="SmtpClient"/> itself (pickup-directory
/// delivery into a private temporary folder), for transports SmtpClient cannot drive. The file is read back as a
/// stream, never whole, and deleted on dispose.
/// </summary>
internal sealed class MimeMessageFile : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _path;

    private MimeMessageFile(string folder, string path)
    {
        _folder = folder;
        _path = path;
    }

    public static async Task<MimeMessageFile> WriteAsync(MailMessage message, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("rg-mime-").FullName;
        try
        {
            await WriteToFolderAsync(message, folder, cancellationToken);
            return new MimeMessageFile(folder, Directory.GetFiles(folder, "*.eml").Single());
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Writes <paramref name="message"/> into <paramref name="folder"/> as an .eml file (headed by the envelope lines
    /// X-Sender and X-Receiver, which mail clients ignore): the outbox, and the first step of <see cref="WriteAsync"/>.
    /// </summary>
    public static async Task WriteToFolderAsync(MailMessage message, string folder, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
        await client.SendMailAsync(message, cancellationToken);
    }

    /// <summary>
    /// Writes the message as SMTP DATA: every line starting with "." doubled (RFC 5321 §4.5.2), then the end mark.
    /// The pickup file's own envelope lines (X-Sender, X-Receiver) are left out: they are not part of the message.
    /// </summary>
    public async Task WriteDataAsync(Stream destination, CancellationToken cancellationToken)
    {
        await using var source = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        var input = new byte[64 * 1024];
        var output = new MemoryStream(70 * 1024);
        var line = new List<byte>(256);
        var lineStart = true;
        var inEnvelope = true;
        int read;
        while ((read = await source.ReadAsync(input, cancellationToken)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var b = input[i];
                if (inEnvelope)
                {
                    // Collect whole lines while they are envelope lines; the first other line starts the message.
                    line.Add(b);
                    if (b != (byte)'\n') continue;
                    var text = System.Text.Encoding.ASCII.GetString(line.ToArray());
                    line.Clear();
                    if (text.StartsWith("X-Sender:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("X-Receiver:", StringComparison.OrdinalIgnoreCase)) continue;
                    inEnvelope = false;
                    foreach (var c in text) Append(output, (byte)c, ref lineStart);
                    continue;
                }
                Append(output, b, ref lineStart);
            }
            if (output.Length >= 64 * 1024)
            {
                await destination.WriteAsync(output.GetBuffer().AsMemory(0, (int)output.Length), cancellationToken);
                output.SetLength(0);
            }
        }
        foreach (var b in line) Append(output, b, ref lineStart);
        if (!lineStart) output.Write("\r\n"u8);
        output.Write(".\r\n"u8);
        await destination.WriteAsync(output.GetBuffer().AsMemory(0, (int)output.Length), cancellationToken);
        await destination.FlushAsync(cancellationToken);
    }

    private static void Append(MemoryStream output, byte b, ref bool lineStart)
    {
        if (lineStart && b == (byte)'.') output.WriteByte((byte)'.');
        output.WriteByte(b);
        lineStart = b == (byte)'\n';
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless; the send result matters more.
        }
        return ValueTask.CompletedTask;
    }
}
