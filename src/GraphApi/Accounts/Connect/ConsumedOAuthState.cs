namespace GraphApi.Accounts.Connect;

/// <summary>An OAuth <c>state</c> nonce already used at the callback: a second use is a replay.</summary>
internal sealed class ConsumedOAuthState
{
    public required string Nonce { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
