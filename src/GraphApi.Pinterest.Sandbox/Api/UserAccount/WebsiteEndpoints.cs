using System.Globalization;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using GraphApi.Pinterest.Sandbox.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Http.SandboxScopes;

namespace GraphApi.Pinterest.Sandbox.Api.UserAccount;

/// <summary>Website claiming. The sandbox cannot fetch the site, so a verify request always succeeds.</summary>
internal static class WebsiteEndpoints
{
    private static readonly string[] Methods = ["FILENAME", "METATAG", "DNSTXT"];

    public static void MapWebsites(this RouteGroupBuilder v5)
    {
        v5.MapGet("/user_account/websites", ListAsync).Operation("user_websites/get", UserAccountsRead);
        v5.MapPost("/user_account/websites", VerifyAsync).Operation("verify_website/update", UserAccountsWrite);
        v5.MapDelete("/user_account/websites", UnverifyAsync).Operation("unverify_website/delete", UserAccountsWrite);
        v5.MapGet("/user_account/websites/verification", CodeAsync).Operation("website_verification/get", UserAccountsRead);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(request, out var pageRequest, out var error))
        {
            return error!;
        }

        var me = api.Caller.UserId;
        var rows = await api.Db.Websites.Where(w => w.UserId == me).OrderBy(w => w.Website).ToListAsync(cancellationToken);
        return SandboxJson.Ok(Page<WebsiteResponse>.FromList(rows.Select(ToResponse), pageRequest));
    }

    private static async Task<IResult> VerifyAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        string? website, method;
        try
        {
            website = body.String("website");
            method = body.String("verification_method") ?? "METATAG";
        }
        catch (FormatException ex)
        {
            return SandboxErrors.InvalidParameters(ex.Message);
        }

        if (string.IsNullOrWhiteSpace(website) || !Methods.Contains(method, StringComparer.Ordinal))
        {
            return SandboxErrors.InvalidParameters("website is required and verification_method must be FILENAME, METATAG or DNSTXT.");
        }

        var entity = await api.Db.Websites.FindAsync([api.Caller.UserId, website], cancellationToken);
        if (entity is null)
        {
            entity = new WebsiteEntity { UserId = api.Caller.UserId, Website = website, VerifiedAt = api.Now };
            api.Db.Websites.Add(entity);
            await api.Db.SaveChangesAsync(cancellationToken);
        }

        return SandboxJson.Ok(ToResponse(entity));
    }

    private static async Task<IResult> UnverifyAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var website = request.Query["website"].ToString();
        var me = api.Caller.UserId;
        var deleted = await api.Db.Websites.Where(w => w.UserId == me && w.Website == website).ExecuteDeleteAsync(cancellationToken);
        return deleted > 0 ? Results.NoContent() : SandboxErrors.Error(StatusCodes.Status404NotFound, 404, "Website not found.");
    }

    private static IResult CodeAsync(ApiContext api)
    {
        var code = TokenHasher.Hash("website-verification:" + api.Caller.UserId)[..32].ToLowerInvariant();
        return SandboxJson.Ok(new VerificationCodeResponse(
            code,
            $"pinterest-site-verification={code}",
            $"<meta name=\"p:domain_verify\" content=\"{code}\"/>",
            $"pinterest-{code[..5]}.html",
            $"<!DOCTYPE html><html><head><meta name=\"pinterest\" content=\"{code}\"/></head><body></body></html>"));
    }

    private static WebsiteResponse ToResponse(WebsiteEntity entity) =>
        new(entity.Website, entity.Status, entity.VerifiedAt.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
}
