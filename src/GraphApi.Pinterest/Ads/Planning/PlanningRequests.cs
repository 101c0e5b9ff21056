namespace GraphApi.Pinterest.Ads.Planning;

/// <summary>Body of <c>POST /ad_accounts/{ad_account_id}/ad_groups/audience_sizing</c> (<c>AdGroupAudienceSizingRequest</c>).</summary>
public sealed record AudienceSizingRequest
{
    /// <summary>Targeting by type (<c>GEO</c>, <c>LOCATION</c>, <c>AGE_BUCKET</c>, <c>AUDIENCE_INCLUDE</c>, …), each a list of values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? TargetingSpec { get; init; }

    /// <summary>Pinterest Performance+ targeting (Pinterest's default: true).</summary>
    public bool? AutoTargetingEnabled { get; init; }

    /// <summary><c>ALL</c>, <c>SEARCH</c>, <c>BROWSE</c> or <c>OTHER</c>.</summary>
    public string? PlacementGroup { get; init; }

    /// <summary>Creative types (<c>REGULAR</c>, <c>VIDEO</c>, …).</summary>
    public IReadOnlyList<string>? CreativeTypes { get; init; }
}

/// <summary>Estimated monthly reach (<c>AdGroupAudienceSizingResponse</c>).</summary>
public sealed record AudienceSizing
{
    /// <summary>Lower bound.</summary>
    public double? AudienceSizeLowerBound { get; init; }

    /// <summary>Upper bound.</summary>
    public double? AudienceSizeUpperBound { get; init; }
}

/// <summary>Body of <c>POST /ad_accounts/{ad_account_id}/bid_floor</c> (<c>BidFloorRequest</c>).</summary>
public sealed record BidFloorRequest
{
    /// <summary>One spec per bid floor asked for.</summary>
    public required IReadOnlyList<BidFloorSpec> BidFloorSpecs { get; init; }

    /// <summary>Targeting by type, as in <see cref="AudienceSizingRequest.TargetingSpec"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? TargetingSpec { get; init; }
}

/// <summary>One <c>BidFloorSpec</c>.</summary>
public sealed record BidFloorSpec
{
    /// <summary><c>CLICKTHROUGH</c>, <c>IMPRESSION</c> or <c>VIDEO_V_50_MRC</c> (required).</summary>
    public required string BillableEvent { get; init; }

    /// <summary>ISO currency code (required).</summary>
    public required string Currency { get; init; }

    /// <summary>Countries (two letters).</summary>
    public IReadOnlyList<string>? Countries { get; init; }

    /// <summary>Creative type.</summary>
    public string? CreativeType { get; init; }

    /// <summary>Campaign objective.</summary>
    public string? ObjectiveType { get; init; }
}

/// <summary>The bid floors in micro currency, one per spec (<c>BidFloor</c>).</summary>
public sealed record BidFloor
{
    /// <summary>Micro currency.</summary>
    public IReadOnlyList<long> BidFloors { get; init; } = [];
}
