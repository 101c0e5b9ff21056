namespace GraphApi.Pinterest.Ads.Audiences;

/// <summary>An advertiser's audience (<c>Audience</c> schema): who an ad group can target or exclude.</summary>
public sealed record Audience
{
    /// <summary>Audience id (digits).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The ad account that owns it.</summary>
    public string? AdAccountId { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary><c>ACTALIKE</c>, <c>ENGAGEMENT</c>, <c>CUSTOMER_LIST</c>, <c>VISITOR</c> or <c>PERSONA</c>.</summary>
    public string? AudienceType { get; init; }

    /// <summary>How members are chosen.</summary>
    public AudienceRule? Rule { get; init; }

    /// <summary>Estimated members.</summary>
    public long? Size { get; init; }

    /// <summary><c>READY</c>, <c>INITIALIZING</c> or <c>TOO_SMALL</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Creation time, Unix seconds.</summary>
    public long? CreatedTimestamp { get; init; }

    /// <summary>Last update, Unix seconds.</summary>
    public long? UpdatedTimestamp { get; init; }
}
