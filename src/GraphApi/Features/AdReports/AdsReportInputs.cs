using GraphApi.Pinterest;
using GraphQL.Types;

namespace GraphApi.Features.AdReports;

public sealed class CreateAdsReportInput
{
    public string AdAccountId { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public string Granularity { get; set; } = "";

    public string Level { get; set; } = "";

    public List<string> Columns { get; set; } = [];

    public List<string>? CampaignIds { get; set; }

    public List<string>? AdGroupIds { get; set; }

    public List<string>? AdIds { get; set; }

    public int? ClickWindowDays { get; set; }

    public int? EngagementWindowDays { get; set; }

    public int? ViewWindowDays { get; set; }

    public string? Format { get; set; }

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateAdsReportInputType : InputObjectGraphType<CreateAdsReportInput>
{
    public CreateAdsReportInputType()
    {
        Name = "CreateAdsReportInput";
        Description = "An asynchronous analytics report to start.";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("The ad account: global or Pinterest ID.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startDate").Description($"First day (UTC), within the last {PinterestLimits.AdsReportDaysBack} days ({PinterestLimits.AdsHourlyReportDaysBack} for HOUR).");
        Field<NonNullGraphType<DateOnlyGraphType>>("endDate").Description($"Last day (UTC); at most {PinterestLimits.AdsReportMaxDays} days after startDate ({PinterestLimits.AdsHourlyReportMaxDays} for HOUR).");
        Field<NonNullGraphType<AdsReportGranularityEnumType>>("granularity").Description("How rows split time.");
        Field<NonNullGraphType<AdsReportLevelEnumType>>("level").Description("What each row is about.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportColumnEnumType>>>>("columns").Description("The columns, at least one.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("campaignIds").Description($"Only these campaigns (Pinterest IDs, up to {PinterestLimits.AdsReportMaxIds}).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("adGroupIds").Description($"Only these ad groups (Pinterest IDs, up to {PinterestLimits.AdsReportMaxIds}).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("adIds").Description($"Only these ads (Pinterest IDs, up to {PinterestLimits.AdsReportMaxIds}).");
        Field(r => r.ClickWindowDays, nullable: true).Description("Click attribution window: 0, 1, 7, 14, 30 or 60 days (Pinterest's default 30).");
        Field(r => r.EngagementWindowDays, nullable: true).Description("Engagement attribution window: 0, 1, 7, 14, 30 or 60 days (default 30).");
        Field(r => r.ViewWindowDays, nullable: true).Description("View attribution window: 0, 1, 7, 14, 30 or 60 days (default 1).");
        Field<AdsReportFormatEnumType>("format").Description("JSON (default) or CSV.");
        Field(r => r.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first report (replayed: true) instead of starting another. Kept 24 h by default.");
    }
}

public sealed class CreateBulkDownloadInput
{
    public string AdAccountId { get; set; } = "";

    public List<string> EntityTypes { get; set; } = [];

    public List<string>? EntityIds { get; set; }

    public string? Format { get; set; }

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateBulkDownloadInputType : InputObjectGraphType<CreateBulkDownloadInput>
{
    public CreateBulkDownloadInputType()
    {
        Name = "CreateBulkDownloadInput";
        Description = "A bulk download of an ad account's entities to start.";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("The ad account: global or Pinterest ID.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BulkEntityTypeEnumType>>>>("entityTypes").Description($"1–{PinterestLimits.BulkDownloadMaxEntityTypes} entity types.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("entityIds").Description($"Only these entities and their children (Pinterest IDs, up to {PinterestLimits.AdsReportMaxIds}).");
        Field<AdsReportFormatEnumType>("format").Description("JSON (default) or CSV.");
        Field(r => r.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first download (replayed: true) instead of starting another. Kept 24 h by default.");
    }
}
