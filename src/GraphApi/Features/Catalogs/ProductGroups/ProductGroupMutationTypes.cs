using GraphApi.Pinterest.Catalogs.ProductGroups;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

public sealed class CreateProductGroupInput
{
    public string CatalogId { get; set; } = "";

    public string CatalogType { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public ProductGroupFiltersInput? Filters { get; set; }

    public string? FiltersJson { get; set; }

    public string? Country { get; set; }

    public string? Locale { get; set; }

    public string? IdempotencyKey { get; set; }
}

public sealed class UpdateProductGroupInput
{
    public string ProductGroupId { get; set; } = "";

    public string CatalogType { get; set; } = "";

    public string? Name { get; set; }

    public string? Description { get; set; }

    public ProductGroupFiltersInput? Filters { get; set; }

    public string? FiltersJson { get; set; }

    public string? Country { get; set; }

    public string? Locale { get; set; }
}

public sealed class DeleteProductGroupInput
{
    public string ProductGroupId { get; set; } = "";
}

public sealed class CreateProductGroupInputType : InputObjectGraphType<CreateProductGroupInput>
{
    public CreateProductGroupInputType()
    {
        Name = "CreateProductGroupInput";
        Description = "A catalog-based product group. Give filters or filtersJson (not both). Retail groups need country and locale; hotel and creative-assets groups take neither.";
        Field<NonNullGraphType<IdGraphType>>("catalogId").Description("The catalog's global or Pinterest ID.");
        Field<NonNullGraphType<CatalogVerticalEnumType>>("catalogType").Description("The catalog's vertical.");
        Field<NonNullGraphType<StringGraphType>>("name").Description($"1–{ProductGroupMutations.NameMaxLength} characters, unique in the catalog.");
        Field<StringGraphType>("description").Description($"Up to {ProductGroupMutations.DescriptionMaxLength} characters.");
        Field<ProductGroupFiltersInputType>("filters").Description("Typed criteria.");
        Field<StringGraphType>("filtersJson").Description("The spec's filters as JSON ({\"any_of\": [...]} or {\"all_of\": [...]}), for criteria the typed input lacks.");
        Field<StringGraphType>("country").Description("Retail: ISO 3166-1 alpha-2 country (US).");
        Field<StringGraphType>("locale").Description("Retail: catalogs locale (en-US).");
        Field<StringGraphType>("idempotencyKey").Description("Makes a retry return the group the first request created instead of creating another.");
    }
}

public sealed class UpdateProductGroupInputType : InputObjectGraphType<UpdateProductGroupInput>
{
    public UpdateProductGroupInputType()
    {
        Name = "UpdateProductGroupInput";
        Description = "Changes to a product group; omitted fields stay. Generated groups (ALL_PRODUCTS, ...) cannot be changed.";
        Field<NonNullGraphType<IdGraphType>>("productGroupId").Description("The group's global or Pinterest ID.");
        Field<NonNullGraphType<CatalogVerticalEnumType>>("catalogType").Description("The group's vertical (Pinterest's request shape depends on it).");
        Field<StringGraphType>("name").Description("New name.");
        Field<StringGraphType>("description").Description("New description.");
        Field<ProductGroupFiltersInputType>("filters").Description("New typed criteria.");
        Field<StringGraphType>("filtersJson").Description("New filters as the spec's JSON.");
        Field<StringGraphType>("country").Description("Retail: new country.");
        Field<StringGraphType>("locale").Description("Retail: new locale.");
    }
}

public sealed class DeleteProductGroupInputType : InputObjectGraphType<DeleteProductGroupInput>
{
    public DeleteProductGroupInputType()
    {
        Name = "DeleteProductGroupInput";
        Description = "The product group to delete (generated groups cannot be deleted).";
        Field<NonNullGraphType<IdGraphType>>("productGroupId").Description("The group's global or Pinterest ID.");
    }
}

public sealed record ProductGroupPayload(ProductGroup? ProductGroup, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed class CreateProductGroupPayloadType : PayloadType<ProductGroupPayload>
{
    public CreateProductGroupPayloadType()
        : base("CreateProductGroupPayload", "The result of createProductGroup.")
    {
        Field<ProductGroupType>("productGroup").Description("The group as Pinterest returned it; null on failure.").Resolve(c => c.Source.ProductGroup);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the group an earlier request with the same idempotency key created.").Resolve(c => c.Source.Replayed);
    }
}

public sealed class UpdateProductGroupPayloadType : PayloadType<ProductGroupPayload>
{
    public UpdateProductGroupPayloadType()
        : base("UpdateProductGroupPayload", "The result of updateProductGroup.") =>
        Field<ProductGroupType>("productGroup").Description("The group as Pinterest returned it; null on failure.").Resolve(c => c.Source.ProductGroup);
}

public sealed class DeleteProductGroupPayloadType : PayloadType<DeletedPayload>
{
    public DeleteProductGroupPayloadType()
        : base("DeleteProductGroupPayload", "The result of deleteProductGroup.") =>
        Field<IdGraphType>("deletedProductGroupId").Description("The deleted group's global ID; null on failure.").Resolve(c => c.Source.DeletedId);
}
