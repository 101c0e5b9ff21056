namespace GraphApi.Pinterest.Billing;

/// <summary>An invoice or credit memo (<c>BillingInvoiceResponse</c>). Amounts are micro currency.</summary>
public sealed record BillingInvoice
{
    /// <summary>Invoice id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The ad account billed.</summary>
    public string? AdAccountId { get; init; }

    /// <summary>Its name.</summary>
    public string? AdAccountName { get; init; }

    /// <summary><c>INVOICE</c> or <c>CREDIT_MEMO</c>.</summary>
    public string? DocumentType { get; init; }

    /// <summary><c>OPEN</c> or <c>CLOSED</c>.</summary>
    public string? Status { get; init; }

    /// <summary>ISO currency code.</summary>
    public string? Currency { get; init; }

    /// <summary>Amount billed.</summary>
    public long? AmountBilledMicroCurrency { get; init; }

    /// <summary>Discount.</summary>
    public long? AmountDiscountMicroCurrency { get; init; }

    /// <summary>Net amount.</summary>
    public long? AmountNetMicroCurrency { get; init; }

    /// <summary>Tax.</summary>
    public long? AmountTaxMicroCurrency { get; init; }

    /// <summary>Billing address country.</summary>
    public string? BillToCountry { get; init; }

    /// <summary>First day billed (YYYY-MM-DD).</summary>
    public string? BillingPeriodStartDate { get; init; }

    /// <summary>Last day billed (YYYY-MM-DD).</summary>
    public string? BillingPeriodEndDate { get; init; }

    /// <summary>Due date (YYYY-MM-DD).</summary>
    public string? InvoiceDueDate { get; init; }

    /// <summary>Payment terms.</summary>
    public string? PaymentTerms { get; init; }
}
