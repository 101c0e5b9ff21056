using GraphApi.Pinterest.Http;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.Ads.Reports;

internal sealed class AdsReportsClient(PinterestRequestSender connection) : IAdsReportsClient
{
    private static readonly PinterestAdResourcesJsonContext Json = PinterestAdResourcesJsonContext.Default;

    // POST /ad_accounts/{ad_account_id}/reports
    public Task<CreatedReport> CreateReportAsync(string adAccountId, CreateReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Columns.Count == 0)
        {
            throw new ArgumentException("A report needs at least one column.", nameof(request));
        }

        return connection.SendJsonAsync(ReportsCreate, ReportsCreate.Path(adAccountId), null, request, Json.CreateReportRequest, Json.CreatedReport, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/reports?token=
    public Task<ReportState> GetReportAsync(string adAccountId, string token, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var query = new QueryString().Add("token", token);
        return connection.GetAsync(ReportsGet, ReportsGet.Path(adAccountId), query, Json.ReportState, cancellationToken);
    }

    // POST /ad_accounts/{ad_account_id}/bulk/download
    public Task<BulkDownloadStarted> CreateBulkDownloadAsync(string adAccountId, BulkDownloadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentNullException.ThrowIfNull(request);
        return connection.SendJsonAsync(BulkDownloadCreate, BulkDownloadCreate.Path(adAccountId), null, request, Json.BulkDownloadRequest, Json.BulkDownloadStarted, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/bulk/{bulk_request_id}
    public Task<BulkRequestStatus> GetBulkRequestAsync(string adAccountId, string bulkRequestId, bool? includeDetails = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(bulkRequestId);
        var query = new QueryString().Add("include_details", includeDetails);
        return connection.GetAsync(BulkRequestGet, BulkRequestGet.Path(adAccountId, bulkRequestId), query, Json.BulkRequestStatus, cancellationToken);
    }
}
