using GraphApi.Pinterest.Sandbox.Data;

namespace GraphApi.Pinterest.Sandbox.Api.Ads;

internal sealed record AdAccountOwnerResponse(string Id, string Username);

/// <summary>The spec's <c>AdAccount</c>.</summary>
internal sealed record AdAccountResponse(string Id, string Name, AdAccountOwnerResponse Owner, string Country, string Currency, IReadOnlyList<string> Permissions, long CreatedTime, long UpdatedTime);

/// <summary>The spec's <c>CampaignResponse</c> (the fields the sandbox keeps).</summary>
internal sealed record CampaignResponse(
    string Id, string AdAccountId, string Name, string Status, string SummaryStatus, string ObjectiveType,
    long? LifetimeSpendCap, long? DailySpendCap, long? StartTime, long? EndTime, long CreatedTime, long UpdatedTime, string Type = "campaign");

/// <summary>The spec's <c>AdGroupResponse</c> (the fields the sandbox keeps).</summary>
internal sealed record AdGroupResponse(
    string Id, string AdAccountId, string CampaignId, string Name, string Status, string SummaryStatus, string BillableEvent,
    string BudgetType, long? BudgetInMicroCurrency, long? BidInMicroCurrency, long? StartTime, long? EndTime, long CreatedTime, long UpdatedTime,
    string Type = "adgroup");

/// <summary>The spec's <c>AdResponse</c> (the fields the sandbox keeps).</summary>
internal sealed record AdResponse(
    string Id, string AdAccountId, string CampaignId, string AdGroupId, string PinId, string? Name, string Status, string SummaryStatus,
    string ReviewStatus, string CreativeType, string? DestinationUrl, long CreatedTime, long UpdatedTime, string Type = "pinpromotion");

/// <summary>Why one item of a bulk write was refused (the spec's <c>Exception</c>).</summary>
internal sealed record AdsErrorItem(int Code, string Message);

internal static class AdsMapper
{
    public static long Unix(DateTime time) => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)).ToUnixTimeSeconds();

    public static AdAccountResponse ToResponse(AdAccountEntity a, string ownerUsername) =>
        new(a.Id, a.Name, new AdAccountOwnerResponse(a.OwnerId, ownerUsername), a.Country, a.Currency, ["OWNER"], Unix(a.CreatedAt), Unix(a.UpdatedAt));

    public static CampaignResponse ToResponse(CampaignEntity c) =>
        new(c.Id, c.AdAccountId, c.Name, c.Status, Summary(c.Status), c.ObjectiveType, c.LifetimeSpendCap, c.DailySpendCap, c.StartTime, c.EndTime,
            Unix(c.CreatedAt), Unix(c.UpdatedAt));

    public static AdGroupResponse ToResponse(AdGroupEntity g) =>
        new(g.Id, g.AdAccountId, g.CampaignId, g.Name, g.Status, Summary(g.Status), g.BillableEvent, g.BudgetType, g.BudgetInMicroCurrency,
            g.BidInMicroCurrency, g.StartTime, g.EndTime, Unix(g.CreatedAt), Unix(g.UpdatedAt));

    public static AdResponse ToResponse(AdEntity a) =>
        new(a.Id, a.AdAccountId, a.CampaignId, a.AdGroupId, a.PinId, a.Name, a.Status, a.Status == "ACTIVE" ? "APPROVED" : a.Status,
            "APPROVED", a.CreativeType, a.DestinationUrl, Unix(a.CreatedAt), Unix(a.UpdatedAt));

    // Campaign and ad group summary statuses: an active entity is running, the others report their status.
    private static string Summary(string status) => status == "ACTIVE" ? "RUNNING" : status;
}
