using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Api.Catalogs.CatalogRoutes;

namespace GraphApi.Pinterest.Sandbox.Api.Catalogs;

/// <summary>
/// A feed's processing results and their item issues. An ingestion is a state machine with a deterministic clock, like
/// the ads reports: a processing result answers PROCESSING (counts null) to its first <see cref="PollsBeforeDone"/>
/// list(s) and COMPLETED, with counts, from the next one on.
/// </summary>
internal static class FeedProcessingEndpoints
{
    /// <summary>Lists answered "still processing" before a processing completes: one, so a client must really poll.</summary>
    public const int PollsBeforeDone = 1;

    /// <summary>Items the sandbox "reads" from every feed file; three of them have validation issues.</summary>
    public const int ItemsPerFeed = 40;

    public static void MapFeedProcessing(this RouteGroupBuilder v5)
    {
        v5.MapGet("/catalogs/feeds/{feedId}/processing_results", ListAsync).CatalogOperation("feed_processing_results/list", CatalogsRead, ScopeRead);
        v5.MapGet("/catalogs/processing_results/{processingResultId}/item_issues", ItemIssuesAsync).CatalogOperation("items_issues/list", CatalogsRead, ScopeRead);
    }

    /// <summary>A new processing, PROCESSING until polled.</summary>
    public static CatalogResourceEntity Start(SandboxDbContext db, string ownerId, string feedId, string id, DateTime now) =>
        CatalogStore.Add(db, ownerId, CatalogResourceKinds.ProcessingResult, id, feedId, new JsonObject
        {
            ["id"] = id,
            ["created_at"] = CatalogStore.Time(now),
            ["updated_at"] = CatalogStore.Time(now),
            ["status"] = "PROCESSING",
            ["ingestion_details"] = new JsonObject { ["errors"] = new JsonObject(), ["info"] = new JsonObject(), ["warnings"] = new JsonObject() },
            ["product_counts"] = null,
            ["validation_details"] = new JsonObject { ["errors"] = new JsonObject(), ["warnings"] = new JsonObject() },
        }, now);

    /// <summary>A completed processing's body: <see cref="ItemsPerFeed"/> items, three with validation errors.</summary>
    public static void Complete(JsonObject body, DateTime now)
    {
        body["status"] = "COMPLETED";
        body["updated_at"] = CatalogStore.Time(now);
        body["product_counts"] = new JsonObject { ["original"] = ItemsPerFeed, ["ingested"] = ItemsPerFeed - 3 };
        body["ingestion_details"] = new JsonObject
        {
            ["errors"] = new JsonObject(),
            ["info"] = new JsonObject { ["IN_STOCK"] = ItemsPerFeed - 5, ["OUT_OF_STOCK"] = 2 },
            ["warnings"] = new JsonObject(),
        };
        body["validation_details"] = new JsonObject
        {
            ["errors"] = new JsonObject { ["TITLE_MISSING"] = 2, ["DESCRIPTION_MISSING"] = 1 },
            ["warnings"] = new JsonObject(),
        };
    }

    private static async Task<IResult> ListAsync(string feedId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(request, out var pageRequest, out var pageError))
        {
            return pageError!;
        }

        var (feed, owner, error) = await CatalogFeedEndpoints.FeedAsync(request, api, feedId, cancellationToken);
        if (feed is null)
        {
            return error!;
        }

        var results = await CatalogStore.Of(api, owner!, CatalogResourceKinds.ProcessingResult).Where(r => r.ParentId == feedId)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        foreach (var running in results.Where(r => r.Json.Contains("\"PROCESSING\"", StringComparison.Ordinal)))
        {
            // The clock of the state machine: this list is one poll.
            running.Polls++;
            if (running.Polls > PollsBeforeDone)
            {
                var body = CatalogStore.Body(running);
                Complete(body, api.Now);
                CatalogStore.Save(running, body);
            }
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(Page<CatalogResourceEntity>.FromList(results, pageRequest).Map(CatalogStore.Body));
    }

    private static async Task<IResult> ItemIssuesAsync(string processingResultId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(request, out var pageRequest, out var pageError))
        {
            return pageError!;
        }

        if (!CatalogAccess.IsId(processingResultId))
        {
            return SandboxErrors.InvalidParameters("processing_result_id must match the pattern: ^\\d+$");
        }

        var (owner, denied) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var result = await CatalogStore.FindAsync(api, owner!, CatalogResourceKinds.ProcessingResult, processingResultId, cancellationToken);
        if (result is null)
        {
            return SandboxErrors.Error(StatusCodes.Status404NotFound, 4184, "Sorry! We could not find your processing result.");
        }

        var numbers = request.Query["item_numbers"].Select(v => int.TryParse(v, out var n) ? n : -1).ToHashSet();
        var issue = request.Query["item_validation_issue"].ToString();
        var issues = Issues(result.ParentId!).Where(i => numbers.Count == 0 || numbers.Contains(i["item_number"]!.GetValue<int>()))
            .Where(i => issue.Length == 0 || i["errors"]!.AsObject().ContainsKey(issue));
        return SandboxJson.Ok(Page<JsonObject>.FromList(CatalogStore.Body(result)["status"]!.GetValue<string>() == "COMPLETED" ? issues : [], pageRequest));
    }

    /// <summary>The three items of a completed processing with validation errors (matching its counts).</summary>
    public static IEnumerable<JsonObject> Issues(string feedId) =>
    [
        Issue(3, $"SKU-{feedId[^3..]}-03", "TITLE_MISSING", "TITLE"),
        Issue(11, $"SKU-{feedId[^3..]}-11", "TITLE_MISSING", "TITLE"),
        Issue(27, $"SKU-{feedId[^3..]}-27", "DESCRIPTION_MISSING", "DESCRIPTION"),
    ];

    private static JsonObject Issue(int number, string itemId, string code, string attribute) => new()
    {
        ["item_number"] = number,
        ["item_id"] = itemId,
        ["errors"] = new JsonObject { [code] = new JsonObject { ["attribute_name"] = attribute, ["provided_value"] = null } },
        ["warnings"] = new JsonObject(),
    };
}
