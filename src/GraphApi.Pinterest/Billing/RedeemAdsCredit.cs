using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Billing;

/// <summary>Body of <c>POST /ad_accounts/{ad_account_id}/ads_credit/redeem</c> (<c>AdsCreditRedeemRequest</c>).</summary>
public sealed record RedeemAdsCreditRequest
{
    /// <summary>SHA-256 of the offer code, lowercase hex: the code itself never leaves the gateway.</summary>
    [JsonPropertyName("offerCodeHash")]
    public required string OfferCodeHash { get; init; }

    /// <summary>True: only check the code could be redeemed.</summary>
    [JsonPropertyName("validateOnly")]
    public required bool ValidateOnly { get; init; }
}

/// <summary>Answer of <c>ads_credit/redeem</c> (<c>AdsCreditRedeemResponse</c>): a refusal is a 200 with
/// <see cref="Success"/> false.</summary>
public sealed record RedeemAdsCreditResult
{
    /// <summary>Whether the code was (or could be) applied.</summary>
    public bool Success { get; init; }

    /// <summary>Pinterest's error code when refused (e.g. 2708: already redeemed).</summary>
    [JsonPropertyName("errorCode")]
    public int? ErrorCode { get; init; }

    /// <summary>Why it was refused.</summary>
    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; init; }
}
