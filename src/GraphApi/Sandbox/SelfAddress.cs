using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GraphApi.Sandbox;

/// <summary>
/// The address this gateway listens on, for calling the sandbox it hosts itself. Known only once the server has
/// started, so it is read on first use; wildcard hosts become loopback and plain HTTP is preferred (no certificate
/// to trust for a call that never leaves the machine).
/// </summary>
internal sealed class SelfAddress(IServer server)
{
    private Uri? _address;

    public Uri Current => _address ??= Resolve();

    private Uri Resolve()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var parsed = addresses
            .Select(a => Uri.TryCreate(a.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .OrderBy(uri => uri.Scheme == Uri.UriSchemeHttp ? 0 : 1)
            .FirstOrDefault()
            ?? throw new InvalidOperationException("The embedded Pinterest sandbox is called over HTTP on this gateway's own address, but the server reports none: run it on Kestrel (dotnet run, or WebApplicationFactory.UseKestrel in tests).");
        var host = parsed.Host is "0.0.0.0" or "[::]" or "::" ? "127.0.0.1" : parsed.Host;
        return new UriBuilder(parsed.Scheme, host, parsed.Port).Uri;
    }
}
