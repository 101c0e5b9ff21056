namespace GraphApi.Pinterest.Tests.Infrastructure;

internal sealed class FakeTokenProvider(string token) : IPinterestAccessTokenProvider
{
    public int Calls { get; private set; }

    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        Calls++;
        return ValueTask.FromResult(token);
    }
}
