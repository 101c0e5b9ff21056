using GraphApi.Pinterest.Catalogs.Items;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

public sealed class CatalogItemBatchType : ObjectGraphType<CatalogItemsBatch>
{
    public CatalogItemBatchType()
    {
        Name = "CatalogItemBatch";
        Description = "An item batch: Pinterest applies it asynchronously. Poll catalogItemBatch(id) until status is COMPLETED or FAILED; each item then has its own outcome.";
        Field<NonNullGraphType<StringGraphType>>("id").Description("The batch ID (pass it to catalogItemBatch).").Resolve(c => c.Source.BatchId ?? string.Empty);
        Field<NonNullGraphType<CatalogVerticalEnumType>>("catalogType").Description("The items' vertical.").Resolve(c => c.Source.CatalogType);
        Field<CatalogItemBatchStatusEnumType>("status").Description("PROCESSING, COMPLETED or FAILED.").Resolve(c => c.Source.Status);
        Field<DateTimeGraphType>("createdAt").Description("When the batch was created (UTC); null when Pinterest skipped a recent duplicate.").Resolve(c => c.Source.CreatedTime?.UtcDateTime);
        Field<DateTimeGraphType>("completedAt").Description("When processing finished (UTC).").Resolve(c => c.Source.CompletedTime?.UtcDateTime);
        Field<NonNullGraphType<IntGraphType>>("itemCount").Description("Item operations in the batch.").Resolve(c => c.Source.Items?.Count ?? 0);
        Field<NonNullGraphType<IntGraphType>>("failedCount").Description("Items that failed (their errors are in items).").Resolve(c => c.Source.Items?.Count(i => i.Status == "FAILURE") ?? 0);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogItemBatchRecordType>>>>("items")
            .Description("Each item's outcome, in the order sent.").Resolve(c => c.Source.Items ?? []);
    }
}

public sealed class CatalogItemBatchRecordType : ObjectGraphType<CatalogItemProcessingRecord>
{
    public CatalogItemBatchRecordType()
    {
        Name = "CatalogItemBatchRecord";
        Description = "One item of a batch (Pinterest's ItemProcessingRecord).";
        Field<NonNullGraphType<StringGraphType>>("itemId").Description("The item's merchant ID.").Resolve(c => c.Source.Id ?? string.Empty);
        Field<CatalogItemProcessingStatusEnumType>("status").Description("SUCCESS, FAILURE or PROCESSING.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogItemValidationEventType>>>>("errors").Description("Validation errors: any fails the item.").Resolve(c => c.Source.Errors ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogItemValidationEventType>>>>("warnings").Description("Validation warnings.").Resolve(c => c.Source.Warnings ?? []);
    }
}

public sealed class CatalogItemBatchStatusEnumType : EnumerationGraphType
{
    public CatalogItemBatchStatusEnumType()
    {
        Name = "CatalogItemBatchStatus";
        Description = "Pinterest's BatchOperationStatus.";
        Add("PROCESSING", "PROCESSING", "Not finished: poll again.");
        Add("COMPLETED", "COMPLETED", "Finished; each item has its outcome.");
        Add("FAILED", "FAILED", "The batch as a whole failed.");
    }
}

public sealed class CatalogItemProcessingStatusEnumType : EnumerationGraphType
{
    public CatalogItemProcessingStatusEnumType()
    {
        Name = "CatalogItemProcessingStatus";
        Description = "Pinterest's ItemProcessingStatus.";
        Add("SUCCESS", "SUCCESS", "Applied.");
        Add("FAILURE", "FAILURE", "Refused: see errors.");
        Add("PROCESSING", "PROCESSING", "Not processed yet.");
    }
}

public sealed class CatalogItemOperationEnumType : EnumerationGraphType
{
    public CatalogItemOperationEnumType()
    {
        Name = "CatalogItemOperation";
        Description = "What a batch does to one item.";
        Add("CREATE", "CREATE", "Add a new item (fails if the ID exists).");
        Add("UPDATE", "UPDATE", "Change an existing item (fails if the ID does not exist).");
        Add("UPSERT", "UPSERT", "Create or change.");
        Add("DELETE", "DELETE", "Remove the item.");
    }
}
