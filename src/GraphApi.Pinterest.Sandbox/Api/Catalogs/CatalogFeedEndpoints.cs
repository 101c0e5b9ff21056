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
/// /v5/catalogs/feeds: list, create, get, update, delete and ingest, with the spec's vertical shapes. Another user's
/// feed is "not found" (404 code 4161), as Pinterest answers. A feed's password is never stored nor answered: the
/// answer's credentials carry the username and a mask.
/// </summary>
internal static class CatalogFeedEndpoints
{
    public const string PasswordMask = "********";
    private static readonly string[] Formats = ["TSV", "CSV", "XML"];
    private static readonly string[] Statuses = ["ACTIVE", "INACTIVE"];
    private static readonly string[] Availabilities = ["IN_STOCK", "OUT_OF_STOCK", "PREORDER"];
    private static readonly string[] Schemes = ["http://", "https://", "ftp://", "sftp://"];
    private static readonly string[] CommonFields = ["catalog_type", "catalog_id", "credentials", "default_currency", "default_locale", "format", "location", "name", "preferred_processing_schedule", "status"];

    public static void MapCatalogFeeds(this RouteGroupBuilder v5)
    {
        v5.MapGet("/catalogs/feeds", ListAsync).CatalogOperation("feeds/list", CatalogsRead, ScopeRead);
        v5.MapPost("/catalogs/feeds", CreateAsync).CatalogOperation("feeds/create", CatalogsWrite, ScopeRead, ScopeWrite);
        v5.MapGet("/catalogs/feeds/{feedId}", GetAsync).CatalogOperation("feeds/get", CatalogsRead, ScopeRead);
        v5.MapMethods("/catalogs/feeds/{feedId}", ["PATCH"], UpdateAsync).CatalogOperation("feeds/update", CatalogsWrite, ScopeRead, ScopeWrite);
        v5.MapDelete("/catalogs/feeds/{feedId}", DeleteAsync).CatalogOperation("feeds/delete", CatalogsWrite, ScopeRead, ScopeWrite);
        v5.MapPost("/catalogs/feeds/{feedId}/ingest", IngestAsync).CatalogOperation("feeds/ingest", CatalogsWrite, ScopeWrite);
    }

    public static IResult FeedNotFound() => SandboxErrors.Error(StatusCodes.Status404NotFound, 4161, "Sorry! We could not find your catalogs feed.");

    /// <summary>The caller's (or the ad account owner's) feed, or the error Pinterest answers.</summary>
    public static async Task<(CatalogResourceEntity? Feed, string? OwnerId, IResult? Error)> FeedAsync(HttpRequest request, ApiContext api, string feedId, CancellationToken cancellationToken)
    {
        if (!CatalogAccess.IsId(feedId))
        {
            return (null, null, SandboxErrors.InvalidParameters($"'feed_id' value '{Truncate(feedId)}' must match the pattern: ^\\d+$"));
        }

        var (owner, denied) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (denied is not null)
        {
            return (null, null, denied);
        }

        var feed = await CatalogStore.FindAsync(api, owner!, CatalogResourceKinds.Feed, feedId, cancellationToken);
        return feed is null ? (null, owner, FeedNotFound()) : (feed, owner, null);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(request, out var pageRequest, out var error))
        {
            return error!;
        }

        var (owner, denied) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var query = CatalogStore.Of(api, owner!, CatalogResourceKinds.Feed).AsNoTracking();
        if (request.Query.TryGetValue("catalog_id", out var catalogId))
        {
            var id = catalogId.ToString();
            if (!CatalogAccess.IsId(id))
            {
                return SandboxErrors.InvalidParameters("catalog_id must match the pattern: ^\\d+$");
            }

            query = query.Where(f => f.ParentId == id);
        }

        var page = await Page<CatalogResourceEntity>.FromQueryAsync(query.OrderBy(f => f.Id), pageRequest, cancellationToken);
        return SandboxJson.Ok(page.Map(CatalogStore.Body));
    }

    private static async Task<IResult> GetAsync(string feedId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (feed, _, error) = await FeedAsync(request, api, feedId, cancellationToken);
        return feed is null ? error! : SandboxJson.Ok(CatalogStore.Body(feed));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (owner, denied) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        // The legacy shape (no catalog_type) is a retail feed.
        var type = body["catalog_type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? body["catalog_type"]!.GetValue<string>() : "RETAIL";
        if (!CatalogEndpoints.Types.Contains(type, StringComparer.Ordinal))
        {
            return SandboxErrors.InvalidParameters("Invalid request: catalog_type must be RETAIL, HOTEL or CREATIVE_ASSETS.");
        }

        var allowed = Allowed(type, create: true);
        if (body.Select(p => p.Key).FirstOrDefault(k => !allowed.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            return SandboxErrors.InvalidParameters($"Invalid request: {type} feeds take no {unknown}.");
        }

        if (Check(body, create: true, type) is { } invalid)
        {
            return invalid;
        }

        if (type != "HOTEL" && body["default_country"] is null || body["default_locale"] is null)
        {
            // The spec: not implemented (yet) without default_country and default_locale.
            return SandboxErrors.Error(StatusCodes.Status501NotImplemented, 4181, "Not implemented at the moment. Please, see documentation");
        }

        var catalogId = body["catalog_id"]?.GetValue<string>();
        var catalog = catalogId is null
            ? await api.Db.Catalogs.AsNoTracking().Where(c => c.OwnerId == owner && c.CatalogType == type).OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken)
            : await api.Db.Catalogs.AsNoTracking().FirstOrDefaultAsync(c => c.Id == catalogId && c.OwnerId == owner, cancellationToken);
        if (catalog is null || catalog.CatalogType != type)
        {
            return catalogId is null
                ? SandboxErrors.Error(StatusCodes.Status409Conflict, 4182, "Can't access this feature without an existing catalog.")
                : SandboxErrors.InvalidParameters("Invalid request: catalog_id is not a catalog of yours of this catalog_type.");
        }

        var name = body["name"]!.GetValue<string>();
        var feeds = await CatalogStore.Of(api, owner!, CatalogResourceKinds.Feed).AsNoTracking().Select(f => f.Json).ToListAsync(cancellationToken);
        if (feeds.Any(json => JsonNode.Parse(json)!["name"]?.GetValue<string>() == name))
        {
            return SandboxErrors.Error(StatusCodes.Status422UnprocessableEntity, 4170, "The feed name already exists.");
        }

        var id = SandboxIds.NewId();
        var feed = NewFeed(id, catalog.Id, type, body, api.Now);
        CatalogStore.Add(api.Db, owner!, CatalogResourceKinds.Feed, id, catalog.Id, feed, api.Now);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(feed, StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(string feedId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (feed, _, error) = await FeedAsync(request, api, feedId, cancellationToken);
        if (feed is null)
        {
            return error!;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        var current = CatalogStore.Body(feed);
        var type = current["catalog_type"]!.GetValue<string>();
        if (body["catalog_type"] is { } sent && (sent.GetValueKind() != System.Text.Json.JsonValueKind.String || sent.GetValue<string>() != type))
        {
            return SandboxErrors.InvalidParameters($"Invalid request: catalog_type must be the feed's own ({type}).");
        }

        var allowed = Allowed(type, create: false);
        if (body.Select(p => p.Key).FirstOrDefault(k => !allowed.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            return SandboxErrors.InvalidParameters($"Invalid request: a {type} feed update takes no {unknown}.");
        }

        if (Check(body, create: false, type) is { } invalid)
        {
            return invalid;
        }

        foreach (var (key, value) in body.Where(p => p.Key != "catalog_type").ToList())
        {
            current[key] = key == "credentials" ? Credentials(value) : value?.DeepClone();
        }

        current["updated_at"] = CatalogStore.Time(api.Now);
        CatalogStore.Save(feed, current);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(current);
    }

    private static async Task<IResult> DeleteAsync(string feedId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (feed, owner, error) = await FeedAsync(request, api, feedId, cancellationToken);
        if (feed is null)
        {
            return error!;
        }

        api.Db.CatalogResources.Remove(feed);
        await api.Db.CatalogResources.Where(r => r.OwnerId == owner && r.Kind == CatalogResourceKinds.ProcessingResult && r.ParentId == feedId).ExecuteDeleteAsync(cancellationToken);
        await api.Db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> IngestAsync(string feedId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (feed, owner, error) = await FeedAsync(request, api, feedId, cancellationToken);
        if (feed is null)
        {
            return error!;
        }

        var result = FeedProcessingEndpoints.Start(api.Db, owner!, feedId, SandboxIds.NewId(), api.Now);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject
        {
            ["id"] = result.Id,
            ["feed_id"] = feedId,
            ["created_at"] = CatalogStore.Time(api.Now),
            ["status"] = "PROCESSING",
        });
    }

    public static JsonObject NewFeed(string id, string catalogId, string type, JsonObject body, DateTime now)
    {
        var feed = new JsonObject
        {
            ["id"] = id,
            ["created_at"] = CatalogStore.Time(now),
            ["updated_at"] = CatalogStore.Time(now),
            ["catalog_type"] = type,
            ["name"] = body["name"]?.DeepClone(),
            ["format"] = body["format"]?.DeepClone(),
            ["location"] = body["location"]?.DeepClone(),
            ["status"] = body["status"]?.DeepClone() ?? "ACTIVE",
            ["default_locale"] = body["default_locale"]?.DeepClone(),
            ["default_currency"] = body["default_currency"]?.DeepClone(),
            ["credentials"] = Credentials(body["credentials"]),
            ["preferred_processing_schedule"] = body["preferred_processing_schedule"]?.DeepClone(),
        };
        if (type != "HOTEL")
        {
            feed["default_country"] = body["default_country"]?.DeepClone();
        }

        if (type == "RETAIL")
        {
            feed["default_availability"] = body["default_availability"]?.DeepClone();
        }
        else
        {
            feed["catalog_id"] = catalogId;
        }

        return feed;
    }

    // The password is dropped here, before anything is stored: the answer shows a mask.
    private static JsonObject? Credentials(JsonNode? sent) => sent is JsonObject credentials
        ? new JsonObject { ["username"] = credentials["username"]?.DeepClone(), ["password"] = PasswordMask }
        : null;

    private static string[] Allowed(string type, bool create) => [.. CommonFields.Where(f => create || f != "catalog_id"),
        .. type == "RETAIL" ? ["default_availability"] : Array.Empty<string>(),
        .. type != "HOTEL" && create ? ["default_country"] : Array.Empty<string>()];

    private static IResult? Check(JsonObject body, bool create, string type)
    {
        string? name, format, location, status, availability, locale;
        try
        {
            (name, format, location, status) = (body.String("name"), body.String("format"), body.String("location"), body.String("status"));
            (availability, locale) = (body.String("default_availability"), body.String("default_locale"));
            _ = body.String("default_country");
            _ = body.String("default_currency");
            _ = body.String("catalog_id");
        }
        catch (FormatException e)
        {
            return SandboxErrors.InvalidParameters("Invalid request: " + e.Message);
        }

        if (create && (string.IsNullOrWhiteSpace(name) || format is null || location is null))
        {
            return SandboxErrors.InvalidParameters("Invalid request: name, format and location are required.");
        }

        if (name is { Length: 0 or > CatalogEndpoints.MaxNameLength } || locale is { Length: > 20 })
        {
            return SandboxErrors.InvalidParameters($"Invalid request: name must be 1 to {CatalogEndpoints.MaxNameLength} characters.");
        }

        if (format is not null && !Formats.Contains(format, StringComparer.Ordinal) || status is not null && !Statuses.Contains(status, StringComparer.Ordinal)
            || availability is not null && !Availabilities.Contains(availability, StringComparer.Ordinal))
        {
            return SandboxErrors.InvalidParameters("Invalid request: format must be TSV, CSV or XML, status ACTIVE or INACTIVE, default_availability IN_STOCK, OUT_OF_STOCK or PREORDER.");
        }

        if (location is not null && (location.Length > 2048 || !Schemes.Any(s => location.StartsWith(s, StringComparison.Ordinal))))
        {
            return SandboxErrors.InvalidParameters("Invalid request: location must be an http, https, ftp or sftp URL.");
        }

        if (body["credentials"] is { } credentials && (credentials is not JsonObject c || c["username"]?.GetValueKind() != System.Text.Json.JsonValueKind.String
            || c["password"]?.GetValueKind() != System.Text.Json.JsonValueKind.String))
        {
            // Never echo what was sent: it may hold a password.
            return SandboxErrors.InvalidParameters("Invalid request: credentials need a username and a password.");
        }

        return type == "HOTEL" && body.ContainsKey("default_country") ? SandboxErrors.InvalidParameters("Invalid request: hotel feeds take no default_country.") : null;
    }

    private static string Truncate(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
