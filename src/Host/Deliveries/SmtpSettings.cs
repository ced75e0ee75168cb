using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Deliveries;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection (local relays and test servers only).</summary>
    None,
    /// <summary>Plain connection upgraded with STARTTLS (port 587).</summary>
    StartTls,
    /// <summary>TLS from the first byte (port 465).</summary>
    ImplicitTls,
}

/// <summary>How ReportGraph proves who it is to the SMTP server.</summary>
public enum SmtpAuthentication
{
    /// <summary>User name and password (AUTH PLAIN or LOGIN, whichever the server offers), or none without a user name.</summary>
    Password,
    /// <summary>User name and an OAuth 2.0 access token (AUTH XOAUTH2), for Microsoft 365 and Gmail.</summary>
    [GraphQLName("XOAUTH2")]
    XOAuth2,
}

/// <summary>An owner's SMTP server. The password and the access token are encrypted with ASP.NET Core Data Protection.</summary>
public sealed class SmtpSettings
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OwnerId { get; set; }
    public User? Owner { get; set; }
    public required string Host { get; set; }
    public int Port { get; set; }
    public SmtpSecurity Security { get; set; }
    public string? UserName { get; set; }
    public string? EncryptedPassword { get; set; }
    public SmtpAuthentication Authentication { get; set; } = SmtpAuthentication.Password;
    public string? EncryptedAccessToken { get; set; }
    public required string FromAddress { get; set; }
    public string? FromName { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
