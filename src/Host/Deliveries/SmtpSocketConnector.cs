using System.Net;
using System.Net.Sockets;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Opens the TCP connection that MailKit then speaks SMTP over, so that the address checked is the address connected
/// to: every address the host name resolves to must be public (unless private ones are allowed), and the connected
/// socket's remote address is checked once more. Letting MailKit resolve the name itself would leave a gap between
/// our check and its connect, in which a DNS answer could change (DNS rebinding).
/// </summary>
internal static class SmtpSocketConnector
{
    public static async Task<Socket> ConnectAsync(string host, int port, bool allowPrivate, CancellationToken cancellationToken)
    {
        IPAddress[] addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        if (!allowPrivate && addresses.FirstOrDefault(PrivateAddresses.Contains) is { } refused)
        {
            throw new SmtpHostNotAllowedException(host, refused);
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(address, port, cancellationToken);
                if (!allowPrivate && socket.RemoteEndPoint is IPEndPoint remote && PrivateAddresses.Contains(remote.Address))
                {
                    throw new SmtpHostNotAllowedException(host, remote.Address);
                }

                return socket;
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e; // try the host's next address, as MailKit would
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}
