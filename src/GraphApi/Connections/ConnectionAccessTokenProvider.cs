using GraphApi.Pinterest;

namespace GraphApi.Connections;

/// <summary>Gives the Pinterest client the calling user's access token for every call.</summary>
internal sealed class ConnectionAccessTokenProvider(ConnectionTokenSource source) : IPinterestAccessTokenProvider
{
    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => source.GetAccessTokenAsync(cancellationToken);
}
