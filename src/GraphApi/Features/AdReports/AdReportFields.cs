using GraphApi.Execution.Cost;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.AdReports;

/// <summary>Polling the asynchronous exports of an ad account: each field is one Pinterest call per resolve.</summary>
internal static class AdReportFields
{
    /// <summary>Report tokens are opaque; this bounds what a caller can make the gateway send.</summary>
    public const int MaxTokenLength = 512;

    public static void AddTo(ObjectGraphType<AdAccount> account)
    {
        account.Field<AdsReportType>("adsReport")
            .Description("Polls an asynchronous report started by createAdsReport: IN_PROGRESS until FINISHED, then its download url.")
            .Argument<NonNullGraphType<StringGraphType>>("token", "The token createAdsReport returned.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsAnalytics)
            .ResolveAsync(async c =>
            {
                var token = c.GetArgument<string>("token");
                if (token.Length is 0 or > MaxTokenLength)
                {
                    throw new ExecutionError($"`token` must be 1–{MaxTokenLength} characters.") { Code = ErrorCodes.InvalidArgument };
                }

                var accountId = AdInputChecks.AccountId(c);
                return AdReportMutations.View(accountId, token, await c.Pinterest().AdsReports.GetReportAsync(accountId, token, c.CancellationToken));
            });

        account.Field<BulkDownloadType>("bulkDownload")
            .Description("Polls a bulk download started by createBulkDownload: RUNNING until SUCCEEDED, then its resultUrl.")
            .Argument<NonNullGraphType<StringGraphType>>("requestId", "The request ID createBulkDownload returned.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c =>
            {
                var requestId = c.GetArgument<string>("requestId");
                if (!Schema.Relay.PinterestIds.IsValid(requestId))
                {
                    throw Schema.Relay.PinterestIds.Invalid("requestId");
                }

                var accountId = AdInputChecks.AccountId(c);
                return AdReportMutations.View(accountId, requestId, await c.Pinterest().AdsReports.GetBulkRequestAsync(accountId, requestId, cancellationToken: c.CancellationToken));
            });
    }
}
