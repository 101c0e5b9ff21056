using GraphApi.Pinterest.Billing;
using GraphApi.Schema.Relay;
using GraphQL.Types;

namespace GraphApi.Features.Billing;

public sealed class BillingProfileType : ObjectGraphType<BillingProfile>
{
    public BillingProfileType()
    {
        Name = "BillingProfile";
        Description = "A way an ad account pays.";
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's billing ID.").Resolve(c => c.Source.Id);
        Field(p => p.BillingType, nullable: true).Description("CREDIT_CARD, INVOICE, INTERNAL, RECURRING or PREPAID.");
        Field(p => p.CardType, nullable: true).Description("VISA, MASTERCARD, ... for cards.");
        Field(p => p.PaymentMethodBrand, nullable: true).Description("The payment method's brand.");
        Field(p => p.Status, nullable: true).Description("VALID, INVALID, PENDING, DELETED, ...");
    }
}

public sealed class AdsCreditType : ObjectGraphType<AdsCreditDiscount>
{
    public AdsCreditType()
    {
        Name = "AdsCredit";
        Description = "An ads credit or coupon on an ad account. Amounts are micro units of its currency.";
        Field(d => d.Title, nullable: true).Description("Its title.");
        Field(d => d.DiscountType, nullable: true).Description("COUPON, CREDIT, PREPAID_CREDIT, ... (Pinterest's discountType).");
        Field(d => d.Active, nullable: true).Description("Whether it is active.");
        Field(d => d.DiscountCurrency, nullable: true).Description("The currency of its amounts.");
        Field<LongGraphType>("amountMicro").Description("The credit's amount.").Resolve(c => (long?)c.Source.DiscountInMicroCurrency);
        Field<LongGraphType>("remainingMicro").Description("What is left to spend.").Resolve(c => (long?)c.Source.RemainingDiscountInMicroCurrency);
    }
}

public sealed class BillingInvoiceType : ObjectGraphType<BillingInvoice>
{
    public BillingInvoiceType()
    {
        Name = "BillingInvoice";
        Description = "An invoice or credit memo of an ad account. Amounts are micro units of its currency.";
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's invoice ID.").Resolve(c => c.Source.Id);
        Field(i => i.DocumentType, nullable: true).Description("INVOICE or CREDIT_MEMO.");
        Field(i => i.Status, nullable: true).Description("OPEN or CLOSED.");
        Field(i => i.Currency, nullable: true).Description("ISO 4217 currency.");
        Field<LongGraphType>("billedMicro").Description("Amount billed.").Resolve(c => c.Source.AmountBilledMicroCurrency);
        Field<LongGraphType>("discountMicro").Description("Discount.").Resolve(c => c.Source.AmountDiscountMicroCurrency);
        Field<LongGraphType>("netMicro").Description("Net amount.").Resolve(c => c.Source.AmountNetMicroCurrency);
        Field<LongGraphType>("taxMicro").Description("Tax.").Resolve(c => c.Source.AmountTaxMicroCurrency);
        Field<DateOnlyGraphType>("periodStart").Description("First day billed.").Resolve(c => Day(c.Source.BillingPeriodStartDate));
        Field<DateOnlyGraphType>("periodEnd").Description("Last day billed.").Resolve(c => Day(c.Source.BillingPeriodEndDate));
        Field<DateOnlyGraphType>("dueDate").Description("When it is due.").Resolve(c => Day(c.Source.InvoiceDueDate));
        Field(i => i.PaymentTerms, nullable: true).Description("Payment terms.");
        Field(i => i.BillToCountry, nullable: true).Description("The billing address's country.");
    }

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;
}

public sealed class InvoiceStatusEnumType : EnumerationGraphType
{
    public InvoiceStatusEnumType()
    {
        Name = "InvoiceStatus";
        Description = "Whether an invoice is paid.";
        Add("OPEN", "OPEN", "Not settled.");
        Add("CLOSED", "CLOSED", "Settled.");
    }
}

public sealed class BillingProfileConnectionType() : ConnectionType<BillingProfileType, BillingProfileEdgeType, BillingProfile>("BillingProfile");

public sealed class BillingProfileEdgeType() : EdgeType<BillingProfileType, BillingProfile>("BillingProfile");

public sealed class AdsCreditConnectionType() : ConnectionType<AdsCreditType, AdsCreditEdgeType, AdsCreditDiscount>("AdsCredit");

public sealed class AdsCreditEdgeType() : EdgeType<AdsCreditType, AdsCreditDiscount>("AdsCredit");

public sealed class BillingInvoiceConnectionType() : ConnectionType<BillingInvoiceType, BillingInvoiceEdgeType, BillingInvoice>("BillingInvoice");

public sealed class BillingInvoiceEdgeType() : EdgeType<BillingInvoiceType, BillingInvoice>("BillingInvoice");
