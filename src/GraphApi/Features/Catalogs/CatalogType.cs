using GraphApi.DataLoading;
using GraphApi.Pinterest.Catalogs;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>
/// A commerce catalog: the root of its feeds, items and product groups. Partial so catalog items and product groups
/// hang their fields on it from files of their own (implement <see cref="AddItemsFields"/> and
/// <see cref="AddProductGroupsFields"/> in Items/ and ProductGroups/): the merge of each is no line here.
/// </summary>
public sealed partial class CatalogType : ObjectGraphType<Catalog>
{
    public CatalogType()
    {
        Name = "Catalog";
        Description = "A Pinterest catalog (retail, hotel or creative assets) the user's business owns. Every field needs catalogs:read.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is Catalog or EntityHandle<string, Catalog>;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID (use with node(id)).")
            .ResolveKeyOnly(c => GlobalId.Encode(NodeTypes.Catalog, KeyOf(c.Source)));
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's own catalog ID.").ResolveKeyOnly(c => KeyOf(c.Source));
        Field(c => c.Name, nullable: true).Description("The catalog's name.");
        Field<CatalogVerticalEnumType>("catalogType").Description("The catalog's vertical: what its items are.").Resolve(c => c.Source.CatalogType);
        Field<DateTimeGraphType>("createdAt").Description("When the catalog was created (UTC).").Resolve(c => c.Source.CreatedAt?.UtcDateTime);
        Field<DateTimeGraphType>("updatedAt").Description("When the catalog last changed (UTC).").Resolve(c => c.Source.UpdatedAt?.UtcDateTime);
        AddFeedFields();
        AddItemsFields();
        AddProductGroupsFields();
        this.ResolveDataThroughHandles();
    }

    /// <summary>A catalog by Pinterest ID, loaded (through catalogs/list: the spec has no catalogs/get) only if a field needs more than its ID.</summary>
    public static EntityHandle<string, Catalog> Handle(IResolveFieldContext context, string id) =>
        new(id, context.Service<CatalogsByIdDataLoader>());

    public static string KeyOf(object? source) => HandleFields.KeyOf<string, Catalog>(source, c => c.Id);

    /// <summary>Feeds and their processing results (this folder).</summary>
    partial void AddFeedFields();

    /// <summary>The seam for catalog items (Features/Catalogs/Items).</summary>
    partial void AddItemsFields();

    /// <summary>The seam for product groups (Features/Catalogs/ProductGroups).</summary>
    partial void AddProductGroupsFields();
}
