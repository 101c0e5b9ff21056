using GraphApi.Execution.Cost;
using GraphApi.Features.Sections;
using GraphApi.Features.Users;
namespace GraphApi.Schema.Relay;

/// <summary>
/// The loader key an ID argument resolves to, for the cost analysis: the same keys the loaders dedup on, so aliases of
/// one object (raw or global ID) count one call. Sections count per board: their loader reads each board's list once.
/// </summary>
public static class NodeCostKeys
{
    public static LoaderKey Me { get; } = new(NodeTypes.User, MeDataLoader.Key);

    /// <summary>A raw Pinterest ID or a global ID of <paramref name="type"/>; null (no call) for another type's ID.</summary>
    public static LoaderKey? Of(string? value, string type) =>
        value is not null && GlobalId.ToPinterestId(value, type) is { Length: > 0 } id ? new LoaderKey(type, id) : null;

    /// <summary>A global ID of any type, as <c>node</c>/<c>nodes</c> resolve it; null (no call) when it is not one.</summary>
    public static LoaderKey? OfGlobalId(string? value) => value is null ? null : GlobalId.Decode(value) switch
    {
        (NodeTypes.Board, var id) => new LoaderKey(NodeTypes.Board, id),
        (NodeTypes.Pin, var id) => new LoaderKey(NodeTypes.Pin, id),
        (NodeTypes.BoardSection, var key) when SectionKey.Parse(key) is { } section => new LoaderKey(NodeTypes.BoardSection, section.BoardId),
        (NodeTypes.AdAccount, var id) => new LoaderKey(NodeTypes.AdAccount, id),
        (NodeTypes.Catalog, var id) => new LoaderKey(NodeTypes.Catalog, id),
        (NodeTypes.CatalogFeed, var id) => new LoaderKey(NodeTypes.CatalogFeed, id),
        (NodeTypes.ProductGroup, var id) => new LoaderKey(NodeTypes.ProductGroup, id),
        (NodeTypes.Campaign or NodeTypes.AdGroup or NodeTypes.Ad, var key) => new LoaderKey(GlobalId.Decode(value)!.Value.Type, key),
        (NodeTypes.Business, _) => new LoaderKey(NodeTypes.Business, "employers"),
        (NodeTypes.User, _) => Me,
        _ => null,
    };
}
