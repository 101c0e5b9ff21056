using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.AdReports;

public sealed record AdsReportPayload(AdsReportView? Report, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed class CreateAdsReportPayloadType : PayloadType<AdsReportPayload>
{
    public CreateAdsReportPayloadType()
        : base("CreateAdsReportPayload", "The result of createAdsReport: the report to poll; null on failure.")
    {
        Field<AdsReportType>("report").Description("The started report (status IN_PROGRESS): poll AdAccount.adsReport(token).").Resolve(c => c.Source.Report);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the report an earlier request with the same idempotency key started.").Resolve(c => c.Source.Replayed);
    }
}

public sealed record BulkDownloadPayload(BulkDownloadView? BulkDownload, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed class CreateBulkDownloadPayloadType : PayloadType<BulkDownloadPayload>
{
    public CreateBulkDownloadPayloadType()
        : base("CreateBulkDownloadPayload", "The result of createBulkDownload: the download to poll; null on failure.")
    {
        Field<BulkDownloadType>("bulkDownload").Description("The started download (status RUNNING): poll AdAccount.bulkDownload(requestId).").Resolve(c => c.Source.BulkDownload);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the download an earlier request with the same idempotency key started.").Resolve(c => c.Source.Replayed);
    }
}
