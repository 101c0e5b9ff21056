using GraphApi.Pinterest.Ads.CustomerLists;
using GraphApi.Schema.Relay;
using GraphQL.Types;

namespace GraphApi.Features.AdAudiences;

public sealed class CustomerListType : ObjectGraphType<CustomerList>
{
    public CustomerListType()
    {
        Name = "CustomerList";
        Description = "An advertiser's list of customers (emails or device IDs) to build audiences from. Only counts: Pinterest never returns the records.";
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's customer list ID.").Resolve(c => c.Source.Id);
        Field(l => l.Name, nullable: true).Description("The list's name.");
        Field(l => l.Status, nullable: true).Description("PROCESSING, READY, TOO_SMALL or UPLOADING.");
        Field<LongGraphType>("batches").Description("Uploads so far; creating the list counts as one.").Resolve(c => (long?)c.Source.NumBatches);
        Field<LongGraphType>("uploadedRecords").Description("Records uploaded.").Resolve(c => (long?)c.Source.NumUploadedUserRecords);
        Field<LongGraphType>("removedRecords").Description("Records removed.").Resolve(c => (long?)c.Source.NumRemovedUserRecords);
        Field<DateTimeGraphType>("createdAt").Description("When it was created (UTC).").Resolve(c => AdsTimestamps.FromSeconds(c.Source.CreatedTime));
        Field<DateTimeGraphType>("updatedAt").Description("When it last changed (UTC).").Resolve(c => AdsTimestamps.FromSeconds(c.Source.UpdatedTime));
    }
}

public sealed class CustomerListRecordTypeEnumType : EnumerationGraphType
{
    public CustomerListRecordTypeEnumType()
    {
        Name = "CustomerListRecordType";
        Description = "What a customer list's records are (Pinterest's UserListType).";
        Add("EMAIL", "EMAIL", "Emails: lowercase plain text, or SHA-1/SHA-256/MD5 hashes.");
        Add("IDFA", "IDFA", "Apple advertising IDs, hashed.");
        Add("MAID", "MAID", "Mobile advertising IDs, hashed.");
        Add("LR_ID", "LR_ID", "LiveRamp IDs.");
        Add("DLX_ID", "DLX_ID", "Datalogix IDs.");
        Add("HASHED_PINNER_ID", "HASHED_PINNER_ID", "Hashed Pinterest user IDs.");
    }
}

public sealed class CustomerListOperationEnumType : EnumerationGraphType
{
    public CustomerListOperationEnumType()
    {
        Name = "CustomerListOperation";
        Description = "What updateCustomerList does with its records.";
        Add("ADD", "ADD", "Adds the records.");
        Add("REMOVE", "REMOVE", "Removes the records.");
    }
}

public sealed class CustomerListConnectionType() : ConnectionType<CustomerListType, CustomerListEdgeType, CustomerList>("CustomerList");

public sealed class CustomerListEdgeType() : EdgeType<CustomerListType, CustomerList>("CustomerList");
