using GraphApi.Pinterest.Ads.Audiences;
using GraphApi.Pinterest.Ads.ConversionTags;
using GraphApi.Pinterest.Ads.CustomerLists;
using GraphApi.Pinterest.Ads.Keywords;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.AdAudiences;

public sealed record AudiencePayload(Audience? Audience, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed class CreateAudiencePayloadType : PayloadType<AudiencePayload>
{
    public CreateAudiencePayloadType()
        : base("CreateAudiencePayload", "The result of createAudience.")
    {
        Field<AudienceType>("audience").Description("The audience as Pinterest returned it; null on failure.").Resolve(c => c.Source.Audience);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the audience an earlier request with the same idempotency key created.").Resolve(c => c.Source.Replayed);
    }
}

public sealed class UpdateAudiencePayloadType : PayloadType<AudiencePayload>
{
    public UpdateAudiencePayloadType()
        : base("UpdateAudiencePayload", "The result of updateAudience.") =>
        Field<AudienceType>("audience").Description("The audience as Pinterest returned it; null on failure.").Resolve(c => c.Source.Audience);
}

public sealed record CustomerListPayload(CustomerList? CustomerList, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed class CreateCustomerListPayloadType : PayloadType<CustomerListPayload>
{
    public CreateCustomerListPayloadType()
        : base("CreateCustomerListPayload", "The result of createCustomerList.")
    {
        Field<CustomerListType>("customerList").Description("The list as Pinterest returned it (counts only); null on failure.").Resolve(c => c.Source.CustomerList);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the list an earlier request with the same idempotency key created.").Resolve(c => c.Source.Replayed);
    }
}

public sealed class UpdateCustomerListPayloadType : PayloadType<CustomerListPayload>
{
    public UpdateCustomerListPayloadType()
        : base("UpdateCustomerListPayload", "The result of updateCustomerList.") =>
        Field<CustomerListType>("customerList").Description("The list as Pinterest returned it (counts only); null on failure.").Resolve(c => c.Source.CustomerList);
}

public sealed record ConversionTagPayload(ConversionTag? ConversionTag, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed class CreateConversionTagPayloadType : PayloadType<ConversionTagPayload>
{
    public CreateConversionTagPayloadType()
        : base("CreateConversionTagPayload", "The result of createConversionTag.")
    {
        Field<ConversionTagType>("conversionTag").Description("The tag as Pinterest returned it; null on failure.").Resolve(c => c.Source.ConversionTag);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the tag an earlier request with the same idempotency key created.").Resolve(c => c.Source.Replayed);
    }
}

public sealed record KeywordsPayload(KeywordsResult? Result, IReadOnlyList<UserError> Errors) : IPayload;

public abstract class KeywordsPayloadType : PayloadType<KeywordsPayload>
{
    protected KeywordsPayloadType(string name, string description)
        : base(name, description)
    {
        Field<ListGraphType<NonNullGraphType<KeywordType>>>("keywords").Description("The keywords written; null on failure.").Resolve(c => c.Source.Result?.Keywords);
        Field<ListGraphType<NonNullGraphType<RejectedKeywordType>>>("rejected").Description("The keywords Pinterest refused, with its reasons (the others were written).").Resolve(c => c.Source.Result?.Errors);
    }
}

public sealed class CreateKeywordsPayloadType() : KeywordsPayloadType("CreateKeywordsPayload", "The result of createKeywords.");

public sealed class UpdateKeywordsPayloadType() : KeywordsPayloadType("UpdateKeywordsPayload", "The result of updateKeywords.");
