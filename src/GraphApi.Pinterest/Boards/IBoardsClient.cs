using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Pins;

namespace GraphApi.Pinterest.Boards;

/// <summary>Boards of the authorized user (tag <c>boards</c>).</summary>
public interface IBoardsClient
{
    /// <summary>Lists the user's boards, including group boards they collaborate on (<c>boards/list</c>).</summary>
    Task<Page<Board>> ListAsync(ListBoardsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one board (<c>boards/get</c>).</summary>
    Task<Board> GetAsync(string boardId, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a board (<c>boards/create</c>). Never retried automatically.</summary>
    Task<Board> CreateAsync(CreateBoardRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Updates a board's name, description or privacy (<c>boards/update</c>).</summary>
    Task<Board> UpdateAsync(string boardId, UpdateBoardRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a board and its Pins (<c>boards/delete</c>).</summary>
    Task DeleteAsync(string boardId, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the Pins on a board, sections included (<c>boards/list_pins</c>).</summary>
    Task<Page<Pin>> ListPinsAsync(string boardId, ListBoardPinsRequest? request = null, CancellationToken cancellationToken = default);
}
