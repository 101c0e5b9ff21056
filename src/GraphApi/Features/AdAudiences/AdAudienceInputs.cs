using GraphQL.Types;

namespace GraphApi.Features.AdAudiences;

public sealed class CreateCustomerListInput
{
    public string AdAccountId { get; set; } = "";

    public string Name { get; set; } = "";

    public List<string> Records { get; set; } = [];

    public string? RecordType { get; set; }

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateCustomerListInputType : InputObjectGraphType<CreateCustomerListInput>
{
    public CreateCustomerListInputType()
    {
        Name = "CreateCustomerListInput";
        Description = "A new customer list. The records are personal data: the gateway sends them to Pinterest and keeps, logs or echoes none of them.";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("The ad account: global or Pinterest ID.");
        Field(l => l.Name).Description("1–255 characters.");
        Field(l => l.Records).Description("The records: lowercase emails or SHA-1/SHA-256/MD5 hashes, no commas. At most Ads:CustomerLists:MaxRecords (1,000 by default) per request; add more with updateCustomerList.");
        Field<CustomerListRecordTypeEnumType>("recordType").Description("What the records are (default EMAIL).");
        Field(l => l.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first list (replayed: true) instead of creating another. Kept 24 h by default.");
    }
}

public sealed class UpdateCustomerListInput
{
    public string AdAccountId { get; set; } = "";

    public string CustomerListId { get; set; } = "";

    public string Operation { get; set; } = "";

    public List<string> Records { get; set; } = [];
}

public sealed class UpdateCustomerListInputType : InputObjectGraphType<UpdateCustomerListInput>
{
    public UpdateCustomerListInputType()
    {
        Name = "UpdateCustomerListInput";
        Description = "Records to add to or remove from a customer list (personal data: never kept, logged or echoed).";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("The ad account: global or Pinterest ID.");
        Field(l => l.CustomerListId).Description("The list's Pinterest ID.");
        Field<NonNullGraphType<CustomerListOperationEnumType>>("operation").Description("ADD or REMOVE.");
        Field(l => l.Records).Description("The records, as for createCustomerList.");
    }
}

public sealed class CreateConversionTagInput
{
    public string AdAccountId { get; set; } = "";

    public string Name { get; set; } = "";

    public bool? EnhancedMatch { get; set; }

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateConversionTagInputType : InputObjectGraphType<CreateConversionTagInput>
{
    public CreateConversionTagInputType()
    {
        Name = "CreateConversionTagInput";
        Description = "A new Pinterest Tag.";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("The ad account: global or Pinterest ID.");
        Field(t => t.Name).Description("1–255 characters.");
        Field(t => t.EnhancedMatch, nullable: true).Description("Automatic Enhanced Match on email (default false).");
        Field(t => t.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first tag (replayed: true) instead of creating another. Kept 24 h by default.");
    }
}

public sealed class KeywordInput
{
    public string Value { get; set; } = "";

    public string MatchType { get; set; } = "";

    public long? BidMicro { get; set; }
}

public sealed class KeywordInputType : InputObjectGraphType<KeywordInput>
{
    public KeywordInputType()
    {
        Name = "KeywordInput";
        Description = "A keyword to create.";
        Field(k => k.Value).Description("1–120 characters.");
        Field<NonNullGraphType<KeywordMatchTypeEnumType>>("matchType").Description("How searches must match it.");
        Field<LongGraphType>("bidMicro").Description("Its bid in micro currency; omit to use the ad group's.");
    }
}

public sealed class CreateKeywordsInput
{
    public string AdAccountId { get; set; } = "";

    public string ParentId { get; set; } = "";

    public List<KeywordInput> Keywords { get; set; } = [];
}

public sealed class CreateKeywordsInputType : InputObjectGraphType<CreateKeywordsInput>
{
    public const int MaxKeywords = 100;

    public CreateKeywordsInputType()
    {
        Name = "CreateKeywordsInput";
        Description = "Keywords to add to an ad account, campaign or ad group.";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("The ad account: global or Pinterest ID.");
        Field(k => k.ParentId).Description("The ad account's, a campaign's (prefix C) or an ad group's (prefix AG) Pinterest ID, e.g. AG123.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KeywordInputType>>>>("keywords").Description($"1–{MaxKeywords} keywords.");
    }
}

public sealed class KeywordChangeInput
{
    public string KeywordId { get; set; } = "";

    public bool? Archived { get; set; }

    public long? BidMicro { get; set; }
}

public sealed class KeywordChangeInputType : InputObjectGraphType<KeywordChangeInput>
{
    public KeywordChangeInputType()
    {
        Name = "KeywordChangeInput";
        Description = "A change to one keyword; omitted fields stay as they are.";
        Field(k => k.KeywordId).Description("The keyword's Pinterest ID.");
        Field(k => k.Archived, nullable: true).Description("True archives it, false restores it.");
        Field<LongGraphType>("bidMicro").Description("A new bid in micro currency.");
    }
}

public sealed class UpdateKeywordsInput
{
    public string AdAccountId { get; set; } = "";

    public List<KeywordChangeInput> Changes { get; set; } = [];
}

public sealed class UpdateKeywordsInputType : InputObjectGraphType<UpdateKeywordsInput>
{
    public UpdateKeywordsInputType()
    {
        Name = "UpdateKeywordsInput";
        Description = "Changes to keywords of one ad account.";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("The ad account: global or Pinterest ID.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KeywordChangeInputType>>>>("changes").Description($"1–{CreateKeywordsInputType.MaxKeywords} changes.");
    }
}
