using GraphApi.Pinterest.Catalogs.Items;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

public sealed class SubmitCatalogItemBatchInput
{
    public string CatalogId { get; set; } = "";

    public string CatalogType { get; set; } = "";

    public string? Country { get; set; }

    public string? Language { get; set; }

    public List<CatalogItemOperationInput> Items { get; set; } = [];

    public string? IdempotencyKey { get; set; }
}

public sealed class CatalogItemOperationInput
{
    public string Operation { get; set; } = "";

    public string ItemId { get; set; } = "";

    public string? AttributesJson { get; set; }

    public List<string>? UpdateMask { get; set; }
}

public sealed class SubmitCatalogItemBatchInputType : InputObjectGraphType<SubmitCatalogItemBatchInput>
{
    public SubmitCatalogItemBatchInputType()
    {
        Name = "SubmitCatalogItemBatchInput";
        Description = "Item operations of one catalog, sent as one Pinterest batch.";
        Field<NonNullGraphType<IdGraphType>>("catalogId").Description("The catalog's global or Pinterest ID.");
        Field<NonNullGraphType<CatalogVerticalEnumType>>("catalogType").Description("The catalog's vertical (the items' shape).");
        Field<StringGraphType>("country").Description("ISO 3166-1 alpha-2 country of the item data (default US).");
        Field<StringGraphType>("language").Description("ISO 639-1 language or catalogs locale of the item data (default EN).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogItemOperationInputType>>>>("items")
            .Description($"1–{CatalogItemMutations.MaxItems} operations; more is refused before any call.");
        Field<StringGraphType>("idempotencyKey").Description("Makes a retry return the batch the first request submitted instead of submitting another.");
    }
}

public sealed class CatalogItemOperationInputType : InputObjectGraphType<CatalogItemOperationInput>
{
    public CatalogItemOperationInputType()
    {
        Name = "CatalogItemOperationInput";
        Description = "What to do to one item.";
        Field<NonNullGraphType<CatalogItemOperationEnumType>>("operation").Description("CREATE, UPDATE, UPSERT or DELETE.");
        Field<NonNullGraphType<StringGraphType>>("itemId").Description("The item's merchant ID (item_id, hotel_id or creative_assets_id).");
        Field<StringGraphType>("attributesJson").Description("The vertical's attributes as a JSON object text (required but for DELETE), e.g. {\"title\":\"Mug\",\"link\":\"https://…\",\"image_link\":[\"https://…\"],\"price\":\"12.00 USD\"}.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("updateMask").Description("Retail UPDATE only: the attributes to change; one named here but absent from attributesJson is deleted.");
    }
}

public sealed record CatalogItemBatchPayload(CatalogItemsBatch? Batch, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed class SubmitCatalogItemBatchPayloadType : PayloadType<CatalogItemBatchPayload>
{
    public SubmitCatalogItemBatchPayloadType()
        : base("SubmitCatalogItemBatchPayload", "The result of submitCatalogItemBatch: the batch, PROCESSING until Pinterest is done.")
    {
        Field<CatalogItemBatchType>("batch").Description("The submitted batch; poll catalogItemBatch(id) for its outcome. Null on failure.").Resolve(c => c.Source.Batch);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the batch an earlier request with the same idempotency key submitted.").Resolve(c => c.Source.Replayed);
    }
}
