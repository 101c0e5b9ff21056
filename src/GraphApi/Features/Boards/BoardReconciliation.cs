using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.Pagination;
using GraphApi.Schema.Mutations.Idempotency;

namespace GraphApi.Features.Boards;

/// <summary>
/// Finds what an in-doubt createBoard or createBoardSection may have made. A board: among the user's boards
/// (boards/list, newest first), one created since the key's first use with the same name and description. A
/// section: among the board's sections (board_sections/list), one with the same name — Pinterest refuses a second
/// section of one name on a board, and sections carry no creation time. At most
/// <see cref="IdempotencyReconciliation.MaxPages"/> pages each.
/// </summary>
internal static class BoardReconciliation
{
    public static async Task<Board?> FindBoardAsync(IBoardsClient boards, CreateBoardInput input, IdempotencyReconciliation search)
    {
        string? bookmark = null;
        for (var page = 0; page < search.MaxPages; page++)
        {
            var list = await boards.ListAsync(new ListBoardsRequest { Page = new PageRequest(IdempotencyReconciliation.PageSize, bookmark) }, search.CancellationToken);
            if (list.Items.FirstOrDefault(b => b.Name == input.Name && Same(b.Description, input.Description) && search.MayBe(b.Id, b.CreatedAt)) is { } found)
            {
                return found;
            }

            if (!list.HasMore || list.Items.All(b => b.CreatedAt < search.NotBefore))
            {
                return null;
            }

            bookmark = list.Bookmark;
        }

        return null;
    }

    public static async Task<BoardSection?> FindSectionAsync(IBoardSectionsClient sections, string boardId, string name, IdempotencyReconciliation search)
    {
        string? bookmark = null;
        for (var page = 0; page < search.MaxPages; page++)
        {
            var list = await sections.ListAsync(boardId, new PageRequest(IdempotencyReconciliation.PageSize, bookmark), cancellationToken: search.CancellationToken);
            if (list.Items.FirstOrDefault(s => s.Name == name && search.MayBe(s.Id, null)) is { } found)
            {
                return found;
            }

            if (!list.HasMore)
            {
                return null;
            }

            bookmark = list.Bookmark;
        }

        return null;
    }

    private static bool Same(string? found, string? sent) =>
        string.Equals(string.IsNullOrEmpty(found) ? null : found, string.IsNullOrEmpty(sent) ? null : sent, StringComparison.Ordinal);
}
