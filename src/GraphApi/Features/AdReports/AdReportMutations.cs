using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Ads.Reports;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Mutations.Idempotency;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.AdReports;

/// <summary>
/// Starting asynchronous exports: an analytics report (<c>createAdsReport</c>) and a bulk download of entities
/// (<c>createBulkDownload</c>). Each answers at once with what to poll; AdAccount.adsReport / AdAccount.bulkDownload poll
/// it (docs/ads-reports.md). Both need only ads:read, as Pinterest's spec says: they read the account, they change nothing.
/// </summary>
internal sealed class AdReportMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateAdsReportPayloadType>>("createAdsReport")
            .Description("Starts an asynchronous analytics report of an ad account; poll AdAccount.adsReport(token) for its file.")
            .Argument<NonNullGraphType<CreateAdsReportInputType>>("input", "The report.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsAnalytics)
            .OnScopeDenied((code, message) => new AdsReportPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await CreateReportAsync(c, pinterest, c.GetArgument<CreateAdsReportInput>("input")));

        mutation.Field<NonNullGraphType<CreateBulkDownloadPayloadType>>("createBulkDownload")
            .Description("Starts a bulk download of an ad account's campaigns, ad groups, ads, ...; poll AdAccount.bulkDownload(requestId) for its file.")
            .Argument<NonNullGraphType<CreateBulkDownloadInputType>>("input", "The download.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .OnScopeDenied((code, message) => new BulkDownloadPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await CreateBulkDownloadAsync(c, pinterest, c.GetArgument<CreateBulkDownloadInput>("input")));
    }

    private static Task<AdsReportPayload> CreateReportAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateAdsReportInput input)
    {
        var checks = new InputChecks();
        var accountId = checks.AdAccountId(input.AdAccountId);
        CheckRange(checks, input);
        if (input.Columns.Count == 0)
        {
            checks.Fail("columns", "`columns` needs at least one column.");
        }

        checks.PinterestIds("campaignIds", input.CampaignIds, PinterestLimits.AdsReportMaxIds)
            .PinterestIds("adGroupIds", input.AdGroupIds, PinterestLimits.AdsReportMaxIds)
            .PinterestIds("adIds", input.AdIds, PinterestLimits.AdsReportMaxIds)
            .AttributionWindow("clickWindowDays", input.ClickWindowDays)
            .AttributionWindow("engagementWindowDays", input.EngagementWindowDays)
            .AttributionWindow("viewWindowDays", input.ViewWindowDays);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        var reports = pinterest.AdsReports;
        return MutationRunner.RunAsync(checks.Errors, errors => new AdsReportPayload(null, errors), async () =>
        {
            var request = new CreateReportRequest
            {
                StartDate = input.StartDate,
                EndDate = input.EndDate,
                Granularity = input.Granularity,
                Level = input.Level,
                Columns = input.Columns.Distinct(StringComparer.Ordinal).ToList(),
                CampaignIds = input.CampaignIds,
                AdGroupIds = input.AdGroupIds,
                AdIds = input.AdIds,
                ClickWindowDays = input.ClickWindowDays,
                EngagementWindowDays = input.EngagementWindowDays,
                ViewWindowDays = input.ViewWindowDays,
                ReportFormat = input.Format,
            };
            var result = await IdempotentCreate.RunAsync(c, "createAdsReport", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createAdsReport").Add("adAccountId", accountId).AddJson("request", request).Hash(),
                async () =>
                {
                    var created = await reports.CreateReportAsync(accountId!, request, c.CancellationToken);
                    return new AdsReportView(accountId!, created.Token, created.ReportStatus ?? "IN_PROGRESS", null, null, created.Message);
                },
                async token => View(accountId!, token, await reports.GetReportAsync(accountId!, token, c.CancellationToken)),
                r => r.Token,
                // A report cannot be looked up without its token: an attempt whose outcome is unknown starts a new one,
                // which is harmless (a report changes nothing).
                _ => Task.FromResult<AdsReportView?>(null));
            return new AdsReportPayload(result.Value, [], result.Replayed);
        });
    }

    private static Task<BulkDownloadPayload> CreateBulkDownloadAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateBulkDownloadInput input)
    {
        var checks = new InputChecks();
        var accountId = checks.AdAccountId(input.AdAccountId);
        if (input.EntityTypes.Count is 0 or > PinterestLimits.BulkDownloadMaxEntityTypes)
        {
            checks.Fail("entityTypes", $"`entityTypes` takes 1–{PinterestLimits.BulkDownloadMaxEntityTypes} entity types.");
        }

        checks.PinterestIds("entityIds", input.EntityIds, PinterestLimits.AdsReportMaxIds);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        var reports = pinterest.AdsReports;
        return MutationRunner.RunAsync(checks.Errors, errors => new BulkDownloadPayload(null, errors), async () =>
        {
            var request = new BulkDownloadRequest { EntityTypes = input.EntityTypes.Distinct(StringComparer.Ordinal).ToList(), EntityIds = input.EntityIds, OutputFormat = input.Format };
            var result = await IdempotentCreate.RunAsync(c, "createBulkDownload", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createBulkDownload").Add("adAccountId", accountId).AddJson("request", request).Hash(),
                async () => new BulkDownloadView(accountId!, (await reports.CreateBulkDownloadAsync(accountId!, request, c.CancellationToken)).RequestId, "RUNNING", null),
                async id => View(accountId!, id, await reports.GetBulkRequestAsync(accountId!, id, cancellationToken: c.CancellationToken)),
                d => d.RequestId,
                _ => Task.FromResult<BulkDownloadView?>(null));
            return new BulkDownloadPayload(result.Value, [], result.Replayed);
        });
    }

    private static void CheckRange(InputChecks checks, CreateAdsReportInput input)
    {
        var hourly = input.Granularity == "HOUR";
        var (back, span) = hourly
            ? (PinterestLimits.AdsHourlyReportDaysBack, PinterestLimits.AdsHourlyReportMaxDays)
            : (PinterestLimits.AdsReportDaysBack, PinterestLimits.AdsReportMaxDays);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (input.EndDate < input.StartDate)
        {
            checks.Fail("endDate", "`endDate` must not be before `startDate`.");
        }
        else if (input.EndDate.DayNumber - input.StartDate.DayNumber > span)
        {
            checks.Fail("endDate", $"A report spans at most {span} days{(hourly ? " at HOUR granularity" : "")}.");
        }

        if (input.StartDate.DayNumber < today.DayNumber - back)
        {
            checks.Fail("startDate", $"`startDate` reaches back at most {back} days{(hourly ? " at HOUR granularity" : "")}.");
        }
    }

    public static AdsReportView View(string accountId, string token, ReportState state) =>
        new(accountId, token, state.ReportStatus ?? "IN_PROGRESS", state.Url, state.Size);

    public static BulkDownloadView View(string accountId, string requestId, BulkRequestStatus status) =>
        new(accountId, requestId, status.Status ?? "RUNNING", status.ResultUrl);
}
