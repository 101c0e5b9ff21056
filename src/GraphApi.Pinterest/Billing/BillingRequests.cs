using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Billing;

/// <summary>Query of <c>GET /ad_accounts/{ad_account_id}/billing_invoices</c>.</summary>
public sealed record ListBillingInvoicesRequest
{
    /// <summary><c>OPEN</c> or <c>CLOSED</c>.</summary>
    public string? Status { get; init; }

    /// <summary><c>INVOICE</c> or <c>CREDIT_MEMO</c>.</summary>
    public string? DocumentType { get; init; }

    /// <summary>Due on or after this day.</summary>
    public DateOnly? StartDueDate { get; init; }

    /// <summary>Due on or before this day.</summary>
    public DateOnly? EndDueDate { get; init; }

    /// <summary>Page size and bookmark.</summary>
    public PageRequest? Page { get; init; }
}
