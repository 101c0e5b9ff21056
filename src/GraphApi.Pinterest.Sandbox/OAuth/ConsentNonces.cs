using System.Collections.Concurrent;

namespace GraphApi.Pinterest.Sandbox.OAuth;

/// <summary>
/// One-time tokens embedded in the consent form, so another site cannot post an "Approve" on the user's behalf
/// and a form cannot be submitted twice. In memory: a restart only means reloading the consent page.
/// </summary>
internal sealed class ConsentNonces(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _nonces = new(StringComparer.Ordinal);

    public string Issue()
    {
        var now = time.GetUtcNow();
        if (_nonces.Count > 1000)
        {
            foreach (var (nonce, expires) in _nonces)
            {
                if (expires <= now)
                {
                    _nonces.TryRemove(nonce, out _);
                }
            }
        }

        var issued = TokenHasher.NewCode();
        _nonces[issued] = now + Lifetime;
        return issued;
    }

    public bool TryConsume(string? nonce) =>
        !string.IsNullOrEmpty(nonce) && _nonces.TryRemove(nonce, out var expires) && expires > time.GetUtcNow();
}
