namespace GraphApi.Pinterest.UserAccount;

/// <summary>Body of <c>POST /user_account/websites</c> (<c>UserWebsiteVerifyRequest</c>).</summary>
public sealed record VerifyWebsiteRequest
{
    /// <summary>The website to claim.</summary>
    public required string Website { get; init; }

    /// <summary><c>METATAG</c> (default), <c>FILENAME</c> or <c>DNSTXT</c>.</summary>
    public string? VerificationMethod { get; init; }
}
