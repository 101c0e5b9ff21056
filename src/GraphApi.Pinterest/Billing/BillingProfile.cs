namespace GraphApi.Pinterest.Billing;

/// <summary>A way an ad account pays (<c>BillingProfilesResponse</c>).</summary>
public sealed record BillingProfile
{
    /// <summary>Billing id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The advertiser (ad account) it pays for.</summary>
    public string? AdvertiserId { get; init; }

    /// <summary><c>CREDIT_CARD</c>, <c>INVOICE</c>, <c>INTERNAL</c>, <c>RECURRING</c> or <c>PREPAID</c>.</summary>
    public string? BillingType { get; init; }

    /// <summary><c>VISA</c>, <c>MASTERCARD</c>, … for cards.</summary>
    public string? CardType { get; init; }

    /// <summary>Brand of the payment method.</summary>
    public string? PaymentMethodBrand { get; init; }

    /// <summary><c>VALID</c>, <c>INVALID</c>, <c>PENDING</c>, <c>DELETED</c>, …</summary>
    public string? Status { get; init; }
}
