using MailKit.Net.Smtp;
using MimeKit;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// An <see cref="SmtpClient"/> that works out a message's size for the server's SIZE extension (RFC 1870, sent with MAIL
/// FROM so the server can refuse a message too large before it is uploaded) without writing out the attachments that
/// are already encoded (<see cref="EncodedContent"/>): MailKit's own measure writes the whole message once more before
/// sending it, which for a report's attachments cost about as much as a second send. The message is measured with
/// those contents left out and their known length added; the size is the same to the byte.
/// </summary>
internal sealed class SizingSmtpClient : SmtpClient
{
    private static readonly ArraySegment<byte> Empty = new([]);

    /// <summary>The size given with MAIL FROM for <paramref name="message"/> written with <paramref name="options"/>.</summary>
    internal Task<long> MeasureAsync(FormatOptions options, MimeMessage message, CancellationToken cancellationToken) =>
        GetSizeAsync(options, message, cancellationToken);

    /// <inheritdoc />
    protected override async Task<long> GetSizeAsync(FormatOptions options, MimeMessage message, CancellationToken cancellationToken)
    {
        var known = message.BodyParts.OfType<MimePart>()
            .Where(p => p.Content is EncodedContent && p.ContentTransferEncoding == ContentEncoding.Base64 && !ReferenceEquals(p, message.Body))
            .Select(p => (Part: p, Content: (EncodedContent)p.Content!))
            .ToList();
        if (known.Count == 0)
        {
            return await base.GetSizeAsync(options, message, cancellationToken);
        }

        try
        {
            foreach (var (part, _) in known)
            {
                part.Content = new EncodedContent(Empty);
            }

            return await base.GetSizeAsync(options, message, cancellationToken) + known.Sum(k => k.Content.WrittenLength(options.NewLineFormat));
        }
        finally
        {
            foreach (var (part, content) in known)
            {
                part.Content = content;
            }
        }
    }
}
