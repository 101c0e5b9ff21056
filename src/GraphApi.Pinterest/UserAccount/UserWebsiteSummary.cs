namespace GraphApi.Pinterest.UserAccount;

/// <summary>A website claimed by the user (<c>UserWebsiteSummary</c>).</summary>
public sealed record UserWebsiteSummary
{
    /// <summary>The website.</summary>
    public string? Website { get; init; }

    /// <summary>Verification status.</summary>
    public string? Status { get; init; }

    /// <summary>When it was verified, as Pinterest sends it (a plain string in the spec).</summary>
    public string? VerifiedAt { get; init; }
}
