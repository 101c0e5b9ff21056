using GraphApi.DataLoading;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;

namespace GraphApi.Features.Catalogs;

public sealed partial class CatalogType
{
    partial void AddFeedFields() =>
        Field<CatalogFeedConnectionType>("feeds")
            .Description("The catalog's feeds.")
            .Paged()
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .ResolveKeyOnlyAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) =>
                c.Pinterest().Catalogs.ListFeedsAsync(KeyOf(c.Source), page, cancellationToken: ct)));
}
