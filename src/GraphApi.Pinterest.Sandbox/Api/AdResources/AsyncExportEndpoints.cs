using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Ads;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Api.AdResources.AdResourceRoutes;

namespace GraphApi.Pinterest.Sandbox.Api.AdResources;

/// <summary>
/// Asynchronous analytics reports and bulk downloads, as state machines with a deterministic clock: a job answers
/// <c>IN_PROGRESS</c> (report) or <c>RUNNING</c> (bulk) to its first <see cref="PollsBeforeReady"/> polls and is ready
/// from the next one on, with the URL of its file. The file is built when the job starts (from the account's campaigns,
/// ad groups and ads) and served without a token at <c>/files/exports/{id}</c>, as Pinterest serves a signed S3 URL.
/// </summary>
internal static class AsyncExportEndpoints
{
    /// <summary>Polls answered "not ready yet" before a job is ready: one, so a client must really poll.</summary>
    public const int PollsBeforeReady = 1;

    /// <summary>How far apart a report's first and last day may be.</summary>
    public const int MaxReportDays = 186;

    private static readonly string[] Granularities = ["TOTAL", "DAY", "HOUR", "WEEK", "MONTH"];
    private static readonly string[] Levels = ["ADVERTISER", "CAMPAIGN", "AD_GROUP", "PIN_PROMOTION"];
    private static readonly string[] EntityTypes = ["CAMPAIGN", "AD_GROUP", "PRODUCT_GROUP", "AD", "KEYWORD", "LABEL", "SCHEDULE"];

    public static void MapAsyncExports(this RouteGroupBuilder v5)
    {
        v5.MapPost("/ad_accounts/{adAccountId}/reports", CreateReportAsync).AdResourceOperation("analytics/create_report", AdsAnalytics, SandboxScopes.AdsRead);
        v5.MapGet("/ad_accounts/{adAccountId}/reports", GetReportAsync).AdResourceOperation("analytics/get_report", AdsAnalytics, SandboxScopes.AdsRead);
        v5.MapPost("/ad_accounts/{adAccountId}/bulk/download", CreateBulkDownloadAsync).AdResourceOperation("bulk_download/create", AdsRead, SandboxScopes.AdsRead);
        v5.MapGet("/ad_accounts/{adAccountId}/bulk/{bulkRequestId}", GetBulkRequestAsync).AdResourceOperation("bulk_request/get", AdsRead, SandboxScopes.AdsRead);
    }

    /// <summary>GET /files/exports/{id}: a ready job's file; 404 before it is ready.</summary>
    public static async Task<IResult> DownloadAsync(string id, Data.SandboxDbContext db, CancellationToken cancellationToken)
    {
        var job = await db.AdResources.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == id && (r.Kind == AdResourceKinds.Report || r.Kind == AdResourceKinds.BulkRequest), cancellationToken);
        if (job is null || job.Polls <= PollsBeforeReady)
        {
            return Results.NotFound();
        }

        var file = AdResourceStore.Body(job)["file"]!.GetValue<string>();
        return Results.Text(file, "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> CreateReportAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        string? start, end, granularity, level;
        try
        {
            (start, end, granularity, level) = (body.String("start_date"), body.String("end_date"), body.String("granularity"), body.String("level"));
        }
        catch (FormatException e)
        {
            return SandboxErrors.InvalidParameters(e.Message);
        }

        if (!DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || to < from || to.DayNumber - from.DayNumber > MaxReportDays)
        {
            return SandboxErrors.InvalidParameters($"start_date and end_date are required (YYYY-MM-DD), in order, at most {MaxReportDays} days apart.");
        }

        if (granularity is null || !Granularities.Contains(granularity, StringComparer.Ordinal))
        {
            return SandboxErrors.InvalidParameters($"granularity must be one of {string.Join(", ", Granularities)}.");
        }

        if (level is null || !Levels.Contains(level, StringComparer.Ordinal))
        {
            return SandboxErrors.InvalidParameters($"level must be one of {string.Join(", ", Levels)} in the sandbox.");
        }

        if (body["columns"] is not JsonArray { Count: > 0 } columns || columns.Any(c => c?.GetValueKind() != JsonValueKind.String))
        {
            return SandboxErrors.InvalidParameters("columns is required: a non-empty array of column names.");
        }

        var token = NewToken();
        var file = await ReportFileAsync(api, adAccountId, level, from, to, columns.Select(c => c!.GetValue<string>()).ToList(), cancellationToken);
        var job = AdResourceStore.Add(api, adAccountId, AdResourceKinds.Report, token, new JsonObject { ["file"] = file });
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["report_status"] = "IN_PROGRESS", ["token"] = job.Id, ["message"] = null });
    }

    private static async Task<IResult> GetReportAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        var token = request.Query["token"].ToString();
        if (token.Length == 0)
        {
            return SandboxErrors.InvalidParameters("token is required.");
        }

        var job = await AdResourceStore.FindAsync(api, adAccountId, AdResourceKinds.Report, token, cancellationToken);
        if (job is null)
        {
            return SandboxJson.Ok(new JsonObject { ["report_status"] = "DOES_NOT_EXIST", ["url"] = null, ["size"] = null });
        }

        if (await PollAsync(api, job, cancellationToken) is not { } file)
        {
            return SandboxJson.Ok(new JsonObject { ["report_status"] = "IN_PROGRESS", ["url"] = null, ["size"] = null });
        }

        return SandboxJson.Ok(new JsonObject
        {
            ["report_status"] = "FINISHED",
            ["url"] = FileUrl(api, request, job.Id),
            ["size"] = (double)Encoding.UTF8.GetByteCount(file),
        });
    }

    private static async Task<IResult> CreateBulkDownloadAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body
            || body["entity_types"] is not JsonArray { Count: >= 1 and <= 6 } types
            || types.Any(t => t?.GetValueKind() != JsonValueKind.String || !EntityTypes.Contains(t.GetValue<string>(), StringComparer.Ordinal)))
        {
            return SandboxErrors.InvalidParameters($"entity_types is required: 1 to 6 of {string.Join(", ", EntityTypes)}.");
        }

        var id = SandboxIds.NewId();
        var file = await BulkFileAsync(api, adAccountId, types.Select(t => t!.GetValue<string>()).ToHashSet(StringComparer.Ordinal), cancellationToken);
        AdResourceStore.Add(api, adAccountId, AdResourceKinds.BulkRequest, id, new JsonObject { ["file"] = file });
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["request_id"] = id });
    }

    private static async Task<IResult> GetBulkRequestAsync(string adAccountId, string bulkRequestId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        var job = await AdResourceStore.FindAsync(api, adAccountId, AdResourceKinds.BulkRequest, bulkRequestId, cancellationToken);
        if (job is null)
        {
            return AdResourceStore.NotFound("Bulk request");
        }

        return await PollAsync(api, job, cancellationToken) is null
            ? SandboxJson.Ok(new JsonObject { ["status"] = "RUNNING" })
            : SandboxJson.Ok(new JsonObject { ["status"] = "SUCCEEDED", ["result_url"] = FileUrl(api, request, job.Id) });
    }

    /// <summary>Counts the poll; the job's file once it is ready, else null.</summary>
    private static async Task<string?> PollAsync(ApiContext api, AdResourceEntity job, CancellationToken cancellationToken)
    {
        job.Polls++;
        await api.Db.SaveChangesAsync(cancellationToken);
        return job.Polls > PollsBeforeReady ? AdResourceStore.Body(job)["file"]!.GetValue<string>() : null;
    }

    private static string FileUrl(ApiContext api, HttpRequest request, string id) => $"{api.Root(request)}/files/exports/{Uri.EscapeDataString(id)}";

    // Tokens are opaque and unguessable: the file URL carries no credential, like Pinterest's signed URLs.
    private static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(18));

    private static async Task<string> ReportFileAsync(ApiContext api, string adAccountId, string level, DateOnly from, DateOnly to, List<string> columns, CancellationToken cancellationToken)
    {
        var ids = level switch
        {
            "CAMPAIGN" => await api.Db.Campaigns.AsNoTracking().Where(c => c.AdAccountId == adAccountId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken),
            "AD_GROUP" => await api.Db.AdGroups.AsNoTracking().Where(g => g.AdAccountId == adAccountId).OrderBy(g => g.Id).Select(g => g.Id).ToListAsync(cancellationToken),
            "PIN_PROMOTION" => await api.Db.Ads.AsNoTracking().Where(a => a.AdAccountId == adAccountId).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken),
            _ => [adAccountId],
        };
        var rows = new JsonArray();
        foreach (var id in ids)
        {
            var row = new JsonObject { [level + "_ID"] = id, ["START_DATE"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["END_DATE"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            foreach (var column in columns)
            {
                // A stable number per entity and column: the same report twice has the same rows.
                row[column] = (long)((uint)unchecked((StableHash(id) * 397) ^ StableHash(column)) % 100_000);
            }

            rows.Add(row);
        }

        return new JsonObject { [level] = rows }.ToJsonString();
    }

    private static async Task<string> BulkFileAsync(ApiContext api, string adAccountId, HashSet<string> types, CancellationToken cancellationToken)
    {
        var file = new JsonObject();
        if (types.Contains("CAMPAIGN"))
        {
            var campaigns = await api.Db.Campaigns.AsNoTracking().Where(c => c.AdAccountId == adAccountId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
            file["CAMPAIGN"] = new JsonArray([.. campaigns.Select(c => new JsonObject { ["id"] = c.Id, ["name"] = c.Name, ["status"] = c.Status, ["objective_type"] = c.ObjectiveType })]);
        }

        if (types.Contains("AD_GROUP"))
        {
            var groups = await api.Db.AdGroups.AsNoTracking().Where(g => g.AdAccountId == adAccountId).OrderBy(g => g.Id).ToListAsync(cancellationToken);
            file["AD_GROUP"] = new JsonArray([.. groups.Select(g => new JsonObject { ["id"] = g.Id, ["campaign_id"] = g.CampaignId, ["name"] = g.Name, ["status"] = g.Status })]);
        }

        if (types.Contains("AD"))
        {
            var ads = await api.Db.Ads.AsNoTracking().Where(a => a.AdAccountId == adAccountId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
            file["AD"] = new JsonArray([.. ads.Select(a => new JsonObject { ["id"] = a.Id, ["ad_group_id"] = a.AdGroupId, ["pin_id"] = a.PinId, ["status"] = a.Status })]);
        }

        return file.ToJsonString();
    }

    private static int StableHash(string value)
    {
        var hash = 17;
        foreach (var c in value)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
