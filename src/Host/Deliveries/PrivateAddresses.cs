using System.Net;
using System.Net.Sockets;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Addresses that lead into the machine or its private network rather than to a mail provider: loopback, link-local,
/// private (RFC 1918, fc00::/7), shared (100.64/10), "this network" (0.0.0.0/8, ::). A member's SMTP settings must not
/// reach them, or the service becomes a scanner of its own network that reports which ports answer.
/// </summary>
public static class PrivateAddresses
{
    /// <summary>True when <paramref name="address"/> is not a public internet address.</summary>
    public static bool Contains(IPAddress address)
    {
        // ::ffff:10.0.0.1 and 64:ff9b::a00:1 (NAT64) reach the IPv4 address inside them.
        if (address.IsIPv4MappedToIPv6)
        {
            return ContainsIPv4(address.MapToIPv4());
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ContainsIPv4(address),
            AddressFamily.InterNetworkV6 => ContainsIPv6(address),
            _ => true, // not an IP address at all: nothing to connect to
        };
    }

    private static bool ContainsIPv4(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return b[0] == 0 // 0.0.0.0/8: "this network"
            || b[0] == 127 // loopback
            || b[0] == 10 // 10/8
            || (b[0] == 172 && (b[1] & 0xF0) == 16) // 172.16/12
            || (b[0] == 192 && b[1] == 168) // 192.168/16
            || (b[0] == 169 && b[1] == 254) // link-local (and cloud metadata at 169.254.169.254)
            || (b[0] == 100 && (b[1] & 0xC0) == 64) // 100.64/10: carrier-grade NAT, inside a provider's network
            || b[0] >= 224; // multicast, reserved, broadcast
    }

    private static bool ContainsIPv6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
        {
            return true;
        }

        var b = address.GetAddressBytes();
        if ((b[0] & 0xFE) == 0xFC) // fc00::/7: unique local
        {
            return true;
        }

        // 64:ff9b::/96 (NAT64) and ::a.b.c.d (IPv4-compatible) carry an IPv4 address in the last four bytes.
        var nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0;
        var compatible = b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;
        return (nat64 || compatible) && ContainsIPv4(new IPAddress(b.AsSpan(12, 4)));
    }
}
