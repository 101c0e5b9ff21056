using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Pins;
using GraphApi.Schema.Mutations.Idempotency;

namespace GraphApi.Features.Pins;

/// <summary>
/// Finds the pin an in-doubt createPin may have made: on the input's board (boards/list_pins, sections included),
/// created since the key's first use, with the same section, title, description, link and alt text. Media is not
/// compared (Pinterest rehosts images). Pinterest lists a board's pins newest first, so the walk stops at the first
/// page older than the key; it reads at most <see cref="IdempotencyReconciliation.MaxPages"/> pages either way.
/// </summary>
internal static class PinReconciliation
{
    public static async Task<Pin?> FindAsync(IBoardsClient boards, string boardId, string? sectionId, CreatePinInput input, IdempotencyReconciliation search)
    {
        string? bookmark = null;
        for (var page = 0; page < search.MaxPages; page++)
        {
            var pins = await boards.ListPinsAsync(boardId, new ListBoardPinsRequest { Page = new PageRequest(IdempotencyReconciliation.PageSize, bookmark) },
                search.CancellationToken);
            if (pins.Items.FirstOrDefault(pin => Matches(pin, boardId, sectionId, input) && search.MayBe(pin.Id, pin.CreatedAt)) is { } found)
            {
                return found;
            }

            if (!pins.HasMore || pins.Items.All(pin => pin.CreatedAt < search.NotBefore))
            {
                return null;
            }

            bookmark = pins.Bookmark;
        }

        return null;
    }

    internal static bool Matches(Pin pin, string boardId, string? sectionId, CreatePinInput input) =>
        pin.BoardId == boardId
        && Same(pin.BoardSectionId, sectionId)
        && Same(pin.Title, input.Title)
        && Same(pin.Description, input.Description)
        && Same(pin.Link, input.Link)
        && Same(pin.AltText, input.AltText);

    // Pinterest answers an omitted text as null or "": both mean "not set".
    private static bool Same(string? found, string? sent) =>
        string.Equals(string.IsNullOrEmpty(found) ? null : found, string.IsNullOrEmpty(sent) ? null : sent, StringComparison.Ordinal);
}
