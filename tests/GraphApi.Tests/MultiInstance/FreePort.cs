using System.Net;
using System.Net.Sockets;

namespace GraphApi.Tests.MultiInstance;

/// <summary>
/// A loopback port free right now. The cluster needs ports before it starts: the redirect URI names the proxy's, and a
/// restarted instance must come back on its old one. (Another process could take it in between; on a test machine
/// that is rare enough, and the start would fail loudly.)
/// </summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
