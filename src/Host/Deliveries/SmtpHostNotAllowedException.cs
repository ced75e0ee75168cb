using System.Net;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// A member's SMTP host resolves to (or connected to) a private, loopback or link-local address while
/// <c>Delivery:AllowPrivateSmtpHosts</c> is off. The message is meant for the member and names the setting.
/// </summary>
public sealed class SmtpHostNotAllowedException(string host, IPAddress address)
    : Exception($"The SMTP host {host} resolves to {address}, a private, loopback or link-local address; such addresses are not allowed for SMTP settings. An administrator can allow them with the setting Delivery:AllowPrivateSmtpHosts=true.")
{
    /// <summary>The host as entered.</summary>
    public string Host { get; } = host;

    /// <summary>The address that was refused.</summary>
    public IPAddress Address { get; } = address;
}
