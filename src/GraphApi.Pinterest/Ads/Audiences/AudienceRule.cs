namespace GraphApi.Pinterest.Ads.Audiences;

/// <summary>The part of <c>AudienceRule</c> the gateway reads and writes; Pinterest ignores members left null.</summary>
public sealed record AudienceRule
{
    /// <summary>Country of an actalike audience (two letters).</summary>
    public string? Country { get; init; }

    /// <summary>The customer list of a <c>CUSTOMER_LIST</c> audience.</summary>
    public string? CustomerListId { get; init; }

    /// <summary>Engager type of an engagement audience (1: engaged with the Pins, 2: engaged with the domain).</summary>
    public int? EngagerType { get; init; }

    /// <summary>Tag event of a visitor audience (e.g. <c>checkout</c>).</summary>
    public string? Event { get; init; }

    /// <summary>Actalike similarity, 1–10.</summary>
    public int? Percentage { get; init; }

    /// <summary>Whether to prefill with past activity.</summary>
    public bool? Prefill { get; init; }

    /// <summary>How long members stay, in days (1–540).</summary>
    public int? RetentionDays { get; init; }

    /// <summary>Seed audiences of an actalike audience.</summary>
    public IReadOnlyList<string>? SeedId { get; init; }

    /// <summary>Visitor URLs.</summary>
    public IReadOnlyList<string>? Url { get; init; }

    /// <summary>The conversion tag of a visitor audience.</summary>
    public string? VisitorSourceId { get; init; }
}
