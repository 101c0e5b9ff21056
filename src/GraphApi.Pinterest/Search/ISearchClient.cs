using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Pins;

namespace GraphApi.Pinterest.Search;

/// <summary>Search (tag <c>search</c>).</summary>
public interface ISearchClient
{
    /// <summary>Searches the user's boards (<c>search_user_boards/get</c>; needs <c>boards:read_secret</c>).</summary>
    Task<Page<Board>> SearchBoardsAsync(SearchBoardsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Searches the user's Pins (<c>search_user_pins/list</c>; needs the <c>*_secret</c> read scopes).</summary>
    Task<Page<Pin>> SearchPinsAsync(SearchPinsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Searches public Pins (<c>search_partner_pins</c>, beta).</summary>
    Task<Page<SummaryPin>> SearchPartnerPinsAsync(SearchPartnerPinsRequest request, CancellationToken cancellationToken = default);
}
