using System.Text.RegularExpressions;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary><c>catalogItemBatch(id)</c>: how a client polls an item batch (<c>items_batch/get</c>, one call).</summary>
internal sealed partial class CatalogItemQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<CatalogItemBatchType>("catalogItemBatch")
            .Description("An item batch by ID, as it stands now: poll it after submitCatalogItemBatch until status is COMPLETED or FAILED (one call per poll).")
            .Argument<NonNullGraphType<StringGraphType>>("id", "The batch ID submitCatalogItemBatch returned (letters and digits).")
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                if (!BatchId().IsMatch(id))
                {
                    throw new ExecutionError("`id` is not a batch ID: 1–128 letters and digits.") { Code = ErrorCodes.InvalidArgument };
                }

                return await c.Pinterest().CatalogItems.GetBatchAsync(id, cancellationToken: c.CancellationToken);
            });

    /// <summary>The spec's <c>^[a-zA-Z0-9]+$</c>, bounded.</summary>
    [GeneratedRegex("^[a-zA-Z0-9]{1,128}$")]
    internal static partial Regex BatchId();
}
