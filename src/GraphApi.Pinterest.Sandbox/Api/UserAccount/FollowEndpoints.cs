using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Http.SandboxScopes;

namespace GraphApi.Pinterest.Sandbox.Api.UserAccount;

/// <summary>Followers, following (users and boards) and follow.</summary>
internal static class FollowEndpoints
{
    public static void MapFollows(this RouteGroupBuilder v5)
    {
        v5.MapGet("/user_account/followers", FollowersAsync).Operation("followers/list", UserAccountsRead);
        v5.MapGet("/user_account/following", FollowingAsync).Operation("user_following/get", UserAccountsRead);
        v5.MapGet("/user_account/following/boards", FollowedBoardsAsync).Operation("boards_user_follows/list", UserAccountsRead);
        v5.MapPost("/user_account/following/{username}", FollowAsync).Operation("follow_user/update", UserAccountsWrite);
    }

    private static Task<IResult> FollowersAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var me = api.Caller.UserId;
        var users = api.Db.Follows.Where(f => f.FolloweeId == me)
            .Join(api.Db.Users, f => f.FollowerId, u => u.Id, (f, u) => new { f.CreatedAt, u.Username });
        return PageAsync(request, users.OrderByDescending(x => x.CreatedAt).ThenBy(x => x.Username).Select(x => new UserSummaryResponse(x.Username, "user")), cancellationToken);
    }

    private static Task<IResult> FollowingAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var me = api.Caller.UserId;
        var users = api.Db.Follows.Where(f => f.FollowerId == me)
            .Join(api.Db.Users, f => f.FolloweeId, u => u.Id, (f, u) => new { f.CreatedAt, u.Username });
        return PageAsync(request, users.OrderByDescending(x => x.CreatedAt).ThenBy(x => x.Username).Select(x => new UserSummaryResponse(x.Username, "user")), cancellationToken);
    }

    private static async Task<IResult> FollowedBoardsAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(request, out var pageRequest, out var error))
        {
            return error!;
        }

        var me = api.Caller.UserId;
        var boards = api.Db.BoardFollows.Where(f => f.UserId == me)
            .Join(api.Db.Boards, f => f.BoardId, b => b.Id, (f, b) => b)
            .Where(b => b.Privacy == "PUBLIC")
            .OrderByDescending(b => b.CreatedAt).ThenBy(b => b.Id);
        var page = await Page<BoardEntity>.FromQueryAsync(boards, pageRequest, cancellationToken);
        var items = await BoardMapper.ToResponsesAsync(api.Db, page.Items, api.Root(request), cancellationToken);
        return SandboxJson.Ok(new Page<BoardResponse>(items, page.Bookmark));
    }

    private static async Task<IResult> FollowAsync(string username, ApiContext api, CancellationToken cancellationToken)
    {
        var target = await api.Db.Users.SingleOrDefaultAsync(u => u.Username == username, cancellationToken);
        if (target is null)
        {
            return SandboxErrors.UserNotFound();
        }

        if (target.Id == api.Caller.UserId)
        {
            return SandboxErrors.InvalidParameters("You cannot follow yourself.");
        }

        if (await api.Db.Follows.FindAsync([api.Caller.UserId, target.Id], cancellationToken) is null)
        {
            api.Db.Follows.Add(new FollowEntity { FollowerId = api.Caller.UserId, FolloweeId = target.Id, CreatedAt = api.Now });
            await api.Db.SaveChangesAsync(cancellationToken);
        }

        return SandboxJson.Ok(new UserSummaryResponse(target.Username, "user"));
    }

    private static async Task<IResult> PageAsync(HttpRequest request, IQueryable<UserSummaryResponse> query, CancellationToken cancellationToken) =>
        PageRequest.TryParse(request, out var pageRequest, out var error)
            ? SandboxJson.Ok(await Page<UserSummaryResponse>.FromQueryAsync(query, pageRequest, cancellationToken))
            : error!;
}
