namespace GraphApi.Pinterest.Ads.Reports;

/// <summary>Asynchronous exports of an ad account: analytics reports (tag <c>ad_accounts</c>) and bulk downloads of its
/// entities (tag <c>bulk</c>). Each is started by one call and polled by another until its file is ready.</summary>
public interface IAdsReportsClient
{
    /// <summary>Starts an analytics report (<c>analytics/create_report</c>). Never retried automatically.</summary>
    Task<CreatedReport> CreateReportAsync(string adAccountId, CreateReportRequest request, CancellationToken cancellationToken = default);

    /// <summary>Polls a report by its token (<c>analytics/get_report</c>).</summary>
    Task<ReportState> GetReportAsync(string adAccountId, string token, CancellationToken cancellationToken = default);

    /// <summary>Starts a bulk download (<c>bulk_download/create</c>). Never retried automatically.</summary>
    Task<BulkDownloadStarted> CreateBulkDownloadAsync(string adAccountId, BulkDownloadRequest request, CancellationToken cancellationToken = default);

    /// <summary>Polls a bulk request (<c>bulk_request/get</c>).</summary>
    Task<BulkRequestStatus> GetBulkRequestAsync(string adAccountId, string bulkRequestId, bool? includeDetails = null, CancellationToken cancellationToken = default);
}
