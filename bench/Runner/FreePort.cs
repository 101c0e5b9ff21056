using System.Net;
using System.Net.Sockets;

namespace GraphApi.Bench.Runner;

internal static class FreePort
{
    /// <summary>A port the kernel just handed out on 127.0.0.1; the process that binds it next is started right after.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
