using MimeKit;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Writes each message as an .eml file into the outbox folder (<c>Delivery:OutboxDirectory</c>) instead of sending
/// it: what a mail client opens. The file appears under its final name only when complete.
/// </summary>
internal sealed class OutboxFolder(string folder) : IEmailTransport
{
    private static readonly FormatOptions FileFormat = CreateFileFormat();

    public async Task<SendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}";
        var partial = Path.Combine(folder, name + ".partial");
        try
        {
            Directory.CreateDirectory(folder);
            // What MailKit does before sending: 7-bit transfer encodings, so any reader opens the file.
            message.Prepare(EncodingConstraint.SevenBit);
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await message.WriteToAsync(FileFormat, file, cancellationToken);
            }

            File.Move(partial, Path.Combine(folder, name + ".eml"));
            return new SendResult(SendOutcome.Accepted, $"Written to the outbox folder {folder} (no SMTP server is configured)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(partial);
            // A full disk may clear up; a folder we may not write to will not, but retries end after Delivery:GiveUpAfter.
            return new SendResult(SendOutcome.Transient, $"Could not write to the outbox folder {folder}: {e.Message}");
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static FormatOptions CreateFileFormat()
    {
        // .eml files are Internet messages: CRLF line ends on every platform, as a server would store them.
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was written, or the folder is not ours to clean: the failure reported matters more.
        }
    }
}
