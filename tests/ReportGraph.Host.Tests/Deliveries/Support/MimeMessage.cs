using System.Text;
using System.Text.RegularExpressions;

namespace ReportGraph.Host.Tests.Deliveries.Support;

/// <summary>
/// A small, test-only MIME reader for the .eml files the test SMTP server writes (System.Net.Mail has no parser):
/// headers with folding and RFC 2047 encoded words, nested multiparts, base64 and quoted-printable bodies.
/// </summary>
public sealed partial class MimeMessage
{
    private readonly List<KeyValuePair<string, string>> _headers;

    private MimeMessage(List<KeyValuePair<string, string>> headers, byte[] body, IReadOnlyList<MimeMessage> parts)
    {
        _headers = headers;
        Body = body;
        Parts = parts;
    }

    /// <summary>The decoded body of a leaf part (empty for multiparts).</summary>
    public byte[] Body { get; }

    /// <summary>Child parts of a multipart.</summary>
    public IReadOnlyList<MimeMessage> Parts { get; }

    /// <summary>The media type, lower case, e.g. <c>text/html</c>.</summary>
    public string MediaType => (Header("Content-Type") ?? "text/plain").Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>The first value of a header, unfolded and with encoded words decoded; null when absent.</summary>
    public string? Header(string name) => _headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>How many times a header occurs.</summary>
    public int HeaderCount(string name) => _headers.Count(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A parameter of a structured header, e.g. <c>Parameter("Content-Type", "charset")</c>.</summary>
    public string? Parameter(string header, string parameter)
    {
        var value = Header(header);
        if (value is null)
        {
            return null;
        }

        var match = Regex.Match(value, $@";\s*{Regex.Escape(parameter)}\s*=\s*(""(?<q>[^""]*)""|(?<t>[^;\s]+))", RegexOptions.IgnoreCase);
        return match.Success ? (match.Groups["q"].Success ? match.Groups["q"].Value : match.Groups["t"].Value) : null;
    }

    /// <summary>The body as text in its charset (UTF-8 when none is given).</summary>
    public string Text
    {
        get
        {
            var charset = Parameter("Content-Type", "charset");
            var encoding = charset is null ? Encoding.UTF8 : Encoding.GetEncoding(charset);
            return encoding.GetString(Body);
        }
    }

    /// <summary>The attachment file name, from Content-Disposition or Content-Type; null for inline text.</summary>
    public string? FileName => Parameter("Content-Disposition", "filename") ?? Parameter("Content-Type", "name");

    /// <summary>This part and every part inside it, depth first.</summary>
    public IEnumerable<MimeMessage> All()
    {
        yield return this;
        foreach (var part in Parts)
        {
            foreach (var inner in part.All())
            {
                yield return inner;
            }
        }
    }

    /// <summary>The parts that are files (Content-Disposition attachment).</summary>
    public IReadOnlyList<MimeMessage> Attachments =>
        All().Where(p => (p.Header("Content-Disposition") ?? string.Empty).StartsWith("attachment", StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The first part of the given media type, or null.</summary>
    public MimeMessage? Find(string mediaType) => All().FirstOrDefault(p => p.MediaType == mediaType && p.Parts.Count == 0 && p.FileName is null);

    /// <summary>Reads a message from its raw bytes.</summary>
    public static MimeMessage Parse(byte[] raw) => Parse(Encoding.Latin1.GetString(raw));

    private static MimeMessage Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var separatorLength = 4;
        if (split < 0)
        {
            split = raw.IndexOf("\n\n", StringComparison.Ordinal);
            separatorLength = 2;
        }

        var headerText = split < 0 ? raw : raw[..split];
        var bodyText = split < 0 ? string.Empty : raw[(split + separatorLength)..];
        var headers = ParseHeaders(headerText);
        var probe = new MimeMessage(headers, [], []);
        if (probe.MediaType.StartsWith("multipart/", StringComparison.Ordinal) && probe.Parameter("Content-Type", "boundary") is { } boundary)
        {
            return new MimeMessage(headers, [], SplitParts(bodyText, boundary).Select(Parse).ToList());
        }

        var encoding = (probe.Header("Content-Transfer-Encoding") ?? "7bit").Trim().ToLowerInvariant();
        var body = encoding switch
        {
            "base64" => Convert.FromBase64String(new string(bodyText.Where(c => !char.IsWhiteSpace(c)).ToArray())),
            "quoted-printable" => DecodeQuotedPrintable(bodyText),
            _ => Encoding.Latin1.GetBytes(bodyText),
        };
        return new MimeMessage(headers, body, []);
    }

    private static List<KeyValuePair<string, string>> ParseHeaders(string text)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var unfolded = Regex.Replace(text, @"\r?\n[ \t]+", " ");
        foreach (var line in unfolded.Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers.Add(new(line[..colon].Trim(), DecodeWords(line[(colon + 1)..].Trim().TrimEnd('\r'))));
            }
        }

        return headers;
    }

    private static IEnumerable<string> SplitParts(string body, string boundary)
    {
        var delimiter = "--" + boundary;
        var lines = body.Split('\n');
        StringBuilder? current = null;
        foreach (var rawLine in lines)
        {
            var line = rawLine.TrimEnd('\r');
            if (line == delimiter || line == delimiter + "--")
            {
                if (current is not null)
                {
                    var text = current.ToString();
                    yield return text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text;
                }

                current = line == delimiter ? new StringBuilder() : null;
                if (current is null)
                {
                    yield break;
                }

                continue;
            }

            current?.Append(line).Append("\r\n");
        }
    }

    private static byte[] DecodeQuotedPrintable(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '=' && i + 1 < text.Length && (text[i + 1] == '\r' || text[i + 1] == '\n'))
            {
                i += text[i + 1] == '\r' && i + 2 < text.Length && text[i + 2] == '\n' ? 2 : 1; // soft line break
            }
            else if (c == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)c);
            }
        }

        return bytes.ToArray();
    }

    private static string DecodeWords(string value)
    {
        // Adjacent encoded words are joined without the whitespace between them (RFC 2047 §6.2).
        var joined = Regex.Replace(value, @"(\?=)\s+(=\?)", "$1$2");
        return EncodedWord().Replace(joined, m =>
        {
            var encoding = Encoding.GetEncoding(m.Groups["charset"].Value);
            var data = m.Groups["data"].Value;
            var bytes = m.Groups["enc"].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(data)
                : DecodeQuotedPrintable(data.Replace('_', ' '));
            return encoding.GetString(bytes);
        });
    }

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<enc>[BbQq])\?(?<data>[^?]*)\?=")]
    private static partial Regex EncodedWord();
}
