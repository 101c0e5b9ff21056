using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Images;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Api.Shared;

/// <summary>Turns board rows into <c>Board</c> bodies with counts and cover thumbnails computed from their pins.</summary>
internal static class BoardMapper
{
    public static async Task<IReadOnlyList<BoardResponse>> ToResponsesAsync(SandboxDbContext db, IReadOnlyList<BoardEntity> boards, string root, CancellationToken cancellationToken)
    {
        var boardIds = boards.Select(b => b.Id).ToList();
        var ownerIds = boards.Select(b => b.OwnerId).Distinct().ToList();
        var owners = await db.Users.Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Username, cancellationToken);
        var pins = await db.Pins.Where(p => boardIds.Contains(p.BoardId))
            .Select(p => new { p.BoardId, p.DominantColor, p.CreatedAt, p.Id })
            .ToListAsync(cancellationToken);
        var pinsByBoard = pins.ToLookup(p => p.BoardId);

        return boards.Select(board =>
        {
            var latest = pinsByBoard[board.Id].OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id, StringComparer.Ordinal).ToList();
            var thumbnails = latest.Take(4).Select(p => PinImageUrls.Thumbnail(root, p.DominantColor)).ToList();
            return new BoardResponse(
                board.Id,
                board.Name,
                string.IsNullOrEmpty(board.Description) ? null : board.Description,
                new BoardOwnerResponse(owners.GetValueOrDefault(board.OwnerId, string.Empty)),
                board.Privacy,
                board.IsAdsOnly,
                board.CreatedAt,
                board.PinsModifiedAt,
                board.CollaboratorCount,
                board.FollowerCount,
                latest.Count,
                new BoardMediaResponse(thumbnails.FirstOrDefault()?.Replace("/150x150/", "/600x600/", StringComparison.Ordinal), thumbnails));
        }).ToList();
    }

    public static async Task<BoardResponse> ToResponseAsync(SandboxDbContext db, BoardEntity board, string root, CancellationToken cancellationToken) =>
        (await ToResponsesAsync(db, [board], root, cancellationToken))[0];
}
