using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Deliveries.Webhooks;

/// <summary>
/// Which URLs webhooks may be posted to, and their secrets kept encrypted. A URL whose host resolves to a loopback,
/// link-local or private address is refused unless <see cref="DeliveryOptions.AllowPrivateWebhookHosts"/> is on, or
/// the service could be made to post into its own network; the same rule is applied again to the addresses
/// connected to at every post (<see cref="WebhookClient"/>), since DNS answers can change after saving.
/// </summary>
public sealed class WebhookTargets(IDataProtectionProvider dataProtection, IOptionsMonitor<DeliveryOptions> options) : IWebhookTargets
{
    private const string SecretPurpose = "ReportGraph.WebhookSecret.v1";
    private readonly IDataProtector _secrets = dataProtection.CreateProtector(SecretPurpose);

    private bool AllowPrivate => options.CurrentValue.AllowPrivateWebhookHosts == true;

    /// <inheritdoc />
    public async Task<string?> ProblemAsync(Uri url, CancellationToken cancellationToken)
    {
        var refused = await PrivateAddressOfAsync(url.IdnHost, cancellationToken);
        if (refused is not null && !AllowPrivate)
        {
            return NotAllowed(url.IdnHost, refused);
        }

        if (url.Scheme != Uri.UriSchemeHttps && refused is null)
        {
            return "must use https; plain http is accepted only for private hosts while Delivery:AllowPrivateWebhookHosts is on.";
        }

        return null;
    }

    /// <inheritdoc />
    public string ProtectSecret(string secret) => _secrets.Protect(secret);

    /// <summary>The stored secret in clear, for signing.</summary>
    public string UnprotectSecret(string encrypted) => _secrets.Unprotect(encrypted);

    /// <summary>The sentence recorded and shown when a webhook host is a private address.</summary>
    public static string NotAllowed(string host, IPAddress address) =>
        $"the host {host} resolves to {address}, a private, loopback or link-local address; webhooks may not reach the host's own network. An administrator can allow it with the setting Delivery:AllowPrivateWebhookHosts=true.";

    /// <summary>The first private address the host resolves to; null when all are public or the name does not resolve now (the post checks again).</summary>
    private static async Task<IPAddress?> PrivateAddressOfAsync(string host, CancellationToken ct)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return PrivateAddresses.Contains(literal) ? literal : null;
        }

        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            var addresses = await Dns.GetHostAddressesAsync(host, timeout.Token);
            return addresses.FirstOrDefault(PrivateAddresses.Contains);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return null;
        }
    }
}
