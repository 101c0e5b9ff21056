using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Api.Catalogs.CatalogRoutes;

namespace GraphApi.Pinterest.Sandbox.Api.Catalogs;

/// <summary>
/// Catalog reports: create answers a token; get answers IN_PROGRESS to the first <see cref="PollsBeforeReady"/> poll
/// and FINISHED with the file's URL (served without a token at <c>/files/catalog-reports/{token}</c>, like Pinterest's
/// signed URLs) from the next one on. An unknown or another user's token is Pinterest's 400 code 1104.
/// </summary>
internal static class CatalogReportEndpoints
{
    public const int PollsBeforeReady = 1;
    private static readonly string[] ReportTypes = ["FEED_INGESTION_ISSUES", "DISTRIBUTION_ISSUES", "ALL_ITEMS"];

    public static void MapCatalogReports(this RouteGroupBuilder v5)
    {
        v5.MapPost("/catalogs/reports", CreateAsync).CatalogOperation("reports/create", CatalogsRead, ScopeRead);
        v5.MapGet("/catalogs/reports", GetAsync).CatalogOperation("reports/get", CatalogsRead, ScopeRead);
    }

    /// <summary>GET /files/catalog-reports/{token}: a ready report's CSV; 404 before it is ready.</summary>
    public static async Task<IResult> DownloadAsync(string token, SandboxDbContext db, CancellationToken cancellationToken)
    {
        var report = await db.CatalogResources.AsNoTracking().FirstOrDefaultAsync(r => r.Id == token && r.Kind == CatalogResourceKinds.Report, cancellationToken);
        return report is null || report.Polls <= PollsBeforeReady
            ? Results.NotFound()
            : Results.Text(CatalogStore.Body(report)["file"]!.GetValue<string>(), "text/csv", Encoding.UTF8);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (owner, denied) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body || body["report"] is not JsonObject report
            || body["catalog_type"]?.GetValueKind() != JsonValueKind.String || report["report_type"]?.GetValueKind() != JsonValueKind.String)
        {
            return SandboxErrors.InvalidParameters("Invalid request: catalog_type and report.report_type are required.");
        }

        var (type, reportType) = (body["catalog_type"]!.GetValue<string>(), report["report_type"]!.GetValue<string>());
        if (type is not ("RETAIL" or "HOTEL") || !ReportTypes.Contains(reportType, StringComparer.Ordinal))
        {
            return SandboxErrors.InvalidParameters("Invalid request: catalog_type must be RETAIL or HOTEL, report_type one of " + string.Join(", ", ReportTypes) + ".");
        }

        string file;
        if (reportType == "FEED_INGESTION_ISSUES")
        {
            var feedId = report["feed_id"]?.GetValueKind() == JsonValueKind.String ? report["feed_id"]!.GetValue<string>() : null;
            var feed = feedId is null ? null : await CatalogStore.FindAsync(api, owner!, CatalogResourceKinds.Feed, feedId, cancellationToken);
            if (feed is null)
            {
                return NotFound();
            }

            file = "item_number,item_id,issue\n" + string.Concat(FeedProcessingEndpoints.Issues(feedId!).Select(i =>
                $"{i["item_number"]},{i["item_id"]},{i["errors"]!.AsObject().First().Key}\n"));
        }
        else
        {
            var catalogId = report["catalog_id"]?.GetValueKind() == JsonValueKind.String ? report["catalog_id"]!.GetValue<string>() : null;
            var catalog = await api.Db.Catalogs.AsNoTracking().Where(c => c.OwnerId == owner && (catalogId == null || c.Id == catalogId)).OrderBy(c => c.CreatedAt).FirstOrDefaultAsync(cancellationToken);
            if (catalog is null)
            {
                return catalogId is null ? SandboxErrors.Error(StatusCodes.Status409Conflict, 4182, "Can't access this feature without an existing catalog.") : NotFound();
            }

            file = $"catalog_id,report_type\n{catalog.Id},{reportType}\n";
        }

        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(18));
        CatalogStore.Add(api.Db, owner!, CatalogResourceKinds.Report, token, null, new JsonObject { ["file"] = file }, api.Now);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["token"] = token });
    }

    private static async Task<IResult> GetAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (owner, denied) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var token = request.Query["token"].ToString();
        var report = token.Length is 0 or > 100 ? null : await CatalogStore.FindAsync(api, owner!, CatalogResourceKinds.Report, token, cancellationToken);
        if (report is null)
        {
            return SandboxErrors.Error(StatusCodes.Status400BadRequest, 1104, "The token you provided is not valid or has expired.");
        }

        report.Polls++;
        await api.Db.SaveChangesAsync(cancellationToken);
        if (report.Polls <= PollsBeforeReady)
        {
            return SandboxJson.Ok(new JsonObject { ["report_status"] = "IN_PROGRESS", ["url"] = null, ["size"] = null });
        }

        var file = CatalogStore.Body(report)["file"]!.GetValue<string>();
        return SandboxJson.Ok(new JsonObject
        {
            ["report_status"] = "FINISHED",
            ["url"] = $"{api.Root(request)}/files/catalog-reports/{Uri.EscapeDataString(token)}",
            ["size"] = (double)Encoding.UTF8.GetByteCount(file),
        });
    }

    private static IResult NotFound() =>
        SandboxErrors.Error(StatusCodes.Status404NotFound, 678, "Sorry! We couldn't find that catalog. Please ensure you have access to a valid catalog id.");
}
