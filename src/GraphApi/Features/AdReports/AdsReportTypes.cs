using GraphQL.Types;

namespace GraphApi.Features.AdReports;

public sealed class AdsReportType : ObjectGraphType<AdsReportView>
{
    public AdsReportType()
    {
        Name = "AdsReport";
        Description = "An asynchronous analytics report of an ad account: poll AdAccount.adsReport(token) until ready is true, then download url.";
        Field(r => r.Token).Description("The report's token: pass it to AdAccount.adsReport to poll.");
        Field<NonNullGraphType<StringGraphType>>("adAccountId").Description("Pinterest's ID of the report's ad account.").Resolve(c => c.Source.AdAccountId);
        Field<NonNullGraphType<AdsReportStatusEnumType>>("status").Description("Where the report is in its life.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("ready").Description("True once the file can be downloaded from url.").Resolve(c => c.Source.Status == "FINISHED");
        Field(r => r.Url, nullable: true).Description("Where to download the file once FINISHED (a short-lived signed URL); null before.");
        Field(r => r.SizeBytes, nullable: true).Description("The file's size in bytes once FINISHED.");
        Field(r => r.Message, nullable: true).Description("Pinterest's note when it started the report, if any.");
    }
}

public sealed class AdsReportStatusEnumType : EnumerationGraphType
{
    public AdsReportStatusEnumType()
    {
        Name = "AdsReportStatus";
        Description = "The state of an asynchronous report (Pinterest's BulkReportingJobStatus).";
        Add("IN_PROGRESS", "IN_PROGRESS", "Being built: poll again.");
        Add("FINISHED", "FINISHED", "Ready: download url.");
        Add("DOES_NOT_EXIST", "DOES_NOT_EXIST", "No report has this token on this ad account.");
        Add("EXPIRED", "EXPIRED", "Built, but the file is no longer kept: start a new report.");
        Add("FAILED", "FAILED", "Pinterest could not build it.");
        Add("CANCELLED", "CANCELLED", "Cancelled.");
    }
}

public sealed class BulkDownloadType : ObjectGraphType<BulkDownloadView>
{
    public BulkDownloadType()
    {
        Name = "BulkDownload";
        Description = "A bulk download of an ad account's entities: poll AdAccount.bulkDownload(requestId) until ready is true, then download resultUrl.";
        Field(r => r.RequestId).Description("The bulk request's ID: pass it to AdAccount.bulkDownload to poll.");
        Field<NonNullGraphType<StringGraphType>>("adAccountId").Description("Pinterest's ID of the ad account.").Resolve(c => c.Source.AdAccountId);
        Field<NonNullGraphType<BulkDownloadStatusEnumType>>("status").Description("Where the download is in its life.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("ready").Description("True once the file can be downloaded from resultUrl.").Resolve(c => c.Source.Status == "SUCCEEDED");
        Field(r => r.ResultUrl, nullable: true).Description("Where to download the file once SUCCEEDED; null before.");
    }
}

public sealed class BulkDownloadStatusEnumType : EnumerationGraphType
{
    public BulkDownloadStatusEnumType()
    {
        Name = "BulkDownloadStatus";
        Description = "The state of a bulk request (Pinterest's BulkUpsertStatus).";
        Add("RUNNING", "RUNNING", "Being built: poll again.");
        Add("SUCCEEDED", "SUCCEEDED", "Ready: download resultUrl.");
        Add("FAILED", "FAILED", "Pinterest could not build it.");
    }
}
