using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Billing;

/// <summary>An ads credit or coupon on an ad account (<c>AdsCreditDiscountsResponse</c>). Pinterest spells some of these
/// members in camelCase, hence the explicit names.</summary>
public sealed record AdsCreditDiscount
{
    /// <summary>Whether the offer is active.</summary>
    public bool? Active { get; init; }

    /// <summary>The advertiser it applies to.</summary>
    public string? AdvertiserId { get; init; }

    /// <summary>Human readable title.</summary>
    public string? Title { get; init; }

    /// <summary><c>COUPON</c>, <c>CREDIT</c>, <c>PREPAID_CREDIT</c>, …</summary>
    [JsonPropertyName("discountType")]
    public string? DiscountType { get; init; }

    /// <summary>Currency of the amounts.</summary>
    [JsonPropertyName("discountCurrency")]
    public string? DiscountCurrency { get; init; }

    /// <summary>The discount, in micro currency.</summary>
    [JsonPropertyName("discountInMicroCurrency")]
    public double? DiscountInMicroCurrency { get; init; }

    /// <summary>What is left to spend, in micro currency.</summary>
    [JsonPropertyName("remainingDiscountInMicroCurrency")]
    public double? RemainingDiscountInMicroCurrency { get; init; }
}
