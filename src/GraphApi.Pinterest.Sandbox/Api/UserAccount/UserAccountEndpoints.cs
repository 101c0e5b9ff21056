using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Http;
using GraphApi.Pinterest.Sandbox.Images;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Http.SandboxScopes;

namespace GraphApi.Pinterest.Sandbox.Api.UserAccount;

/// <summary>/v5/user_account: the token user's profile and counts, linked businesses, and interests.</summary>
internal static class UserAccountEndpoints
{
    private static readonly string[] Interests = ["Home decor", "Recipes", "Travel", "Architecture", "Typography", "Gardening", "Weddings", "Photography"];

    public static void MapUserAccount(this RouteGroupBuilder v5)
    {
        v5.MapGet("/user_account", GetAsync).Operation("user_account/get", UserAccountsRead);
        v5.MapGet("/user_account/businesses", BusinessesAsync).Operation("linked_business_accounts/get", UserAccountsRead);
        v5.MapGet("/users/{username}/interests/follow", InterestsAsync).Operation("user_account/followed_interests", UserAccountsRead);
        v5.MapUserAccountAnalytics();
        v5.MapFollows();
        v5.MapWebsites();
    }

    private static async Task<IResult> GetAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var db = api.Db;
        var user = await db.Users.SingleAsync(u => u.Id == api.Caller.UserId, cancellationToken);
        var response = new AccountResponse(
            user.Id,
            user.Username,
            user.AccountType,
            user.BusinessName,
            PinImageUrls.Thumbnail(api.Root(request), user.ProfileColor),
            user.WebsiteUrl,
            user.About,
            await db.Boards.CountAsync(b => b.OwnerId == user.Id, cancellationToken),
            await db.Pins.CountAsync(p => p.OwnerId == user.Id, cancellationToken),
            await db.Follows.CountAsync(f => f.FolloweeId == user.Id, cancellationToken),
            await db.Follows.CountAsync(f => f.FollowerId == user.Id, cancellationToken),
            user.MonthlyViews);
        return SandboxJson.Ok(response);
    }

    // The personal demo account manages the business one; the business account links to nobody.
    private static async Task<IResult> BusinessesAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var root = api.Root(request);
        var businesses = api.Caller.Username == SandboxDemoUsers.Pinner
            ? await api.Db.Users.Where(u => u.AccountType == "BUSINESS").OrderBy(u => u.Id).ToListAsync(cancellationToken)
            : [];
        return SandboxJson.Ok(businesses.Select(b =>
        {
            var image = PinImageUrls.Thumbnail(root, b.ProfileColor);
            return new LinkedBusinessResponse(b.Username, image, image, image, image);
        }).ToList());
    }

    private static async Task<IResult> InterestsAsync(string username, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var user = await api.Db.Users.SingleOrDefaultAsync(u => u.Username == username, cancellationToken);
        if (user is null)
        {
            return SandboxErrors.UserNotFound();
        }

        if (!PageRequest.TryParse(request, out var pageRequest, out var error))
        {
            return error!;
        }

        // Each user follows a fixed slice of the interest list, derived from the id so it never changes.
        var start = (int)(long.Parse(user.Id, System.Globalization.CultureInfo.InvariantCulture) % 4);
        var items = Interests.Skip(start).Take(4).Select((name, i) => new InterestResponse(
            (95000000000000000L + start + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            name.ToLowerInvariant().Replace(' ', '-'),
            name,
            $"https://www.pinterest.com/ideas/{name.ToLowerInvariant().Replace(' ', '-')}/"));
        return SandboxJson.Ok(Page<InterestResponse>.FromList(items, pageRequest));
    }
}
