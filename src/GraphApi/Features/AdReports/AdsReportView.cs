namespace GraphApi.Features.AdReports;

/// <summary>An asynchronous analytics report as the schema shows it: the token it is polled with and its last state.</summary>
public sealed record AdsReportView(string AdAccountId, string Token, string Status, string? Url, double? SizeBytes, string? Message = null);

/// <summary>A bulk download as the schema shows it: the request id it is polled with and its last state.</summary>
public sealed record BulkDownloadView(string AdAccountId, string RequestId, string Status, string? ResultUrl);
