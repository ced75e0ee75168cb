using MimeKit;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// An attachment's content already in base64 (<see cref="EncodedAttachments"/>), over bytes shared by a pass's emails.
/// Its length once written is known without writing it, which <see cref="SizingSmtpClient"/> uses for the SIZE of a message.
/// </summary>
internal sealed class EncodedContent(ArraySegment<byte> base64) : MimeContent(new MemoryStream(base64.Array!, base64.Offset, base64.Count, writable: false), ContentEncoding.Base64)
{
    /// <summary>
    /// The bytes MimeKit writes for this content: as they are, with each line break (the encoder writes LF) as CRLF when
    /// the format asks for DOS line breaks, as SMTP does.
    /// </summary>
    public long WrittenLength(MimeKit.NewLineFormat newLines) =>
        newLines == MimeKit.NewLineFormat.Dos ? base64.Count + base64.AsSpan().Count((byte)'\n') : base64.Count;
}
