namespace GraphApi.Pinterest.OAuth;

/// <summary>
/// A Pinterest app's id and secret for one call, when the caller serves several apps (one per tenant). Requests without
/// one use <c>Pinterest:ClientId</c> / <c>Pinterest:ClientSecret</c> from the client's options.
/// </summary>
public sealed record PinterestAppCredentials(string ClientId, string ClientSecret)
{
    /// <summary>Leaves the secret out, so a logged request or exception never carries it.</summary>
    public override string ToString() => $"PinterestAppCredentials {{ ClientId = {ClientId} }}";
}
